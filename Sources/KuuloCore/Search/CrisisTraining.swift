import Foundation

/// The texts the crisis model (`CrisisModel`) learns from besides the intents' own examples: the lines of
/// `Prompts/crisis-lines.yaml` (what trustees wrote when something was really wrong, by the crisis intent
/// it calls for, and ordinary lines that only sound dramatic), and every Knowledge article's `asks` and
/// `phrasings` as ordinary questions — but those of the articles the file calls `unsure`, whose questions
/// tell of crises and of plans for them alike.
public struct CrisisTraining: Sendable, Equatable {
    /// Path of the file of lines.
    public static let path = "Prompts/crisis-lines.yaml"
    /// The key of the ordinary lines in the file.
    static let ordinaryKey = "ordinary"

    /// Per language, texts that call for a crisis intent, by the intent's id.
    public var crisis: [Language: [String: [String]]]
    /// Per language, texts that do not.
    public var ordinary: [Language: [String]]

    /// Texts to learn from; none by default (the model then learns from the intents' examples alone).
    public init(crisis: [Language: [String: [String]]] = [:], ordinary: [Language: [String]] = [:]) {
        self.crisis = crisis
        self.ordinary = ordinary
    }

    /// Reads the file and Knowledge of `data`; a key of the file that is no crisis intent of `catalog` is
    /// skipped with a warning in `data`.
    public init(data: DataFiles, catalog: IntentCatalog) {
        let tree = data.tree(Self.path)
        let crisisIDs = Set(catalog.intents.filter { $0.kind == .crisis }.map(\.id))
        let unsure = Set(tree?["unsure"]?.stringArray ?? [])
        var crisis: [Language: [String: [String]]] = [:]
        var ordinary: [Language: [String]] = [:]
        for language in Language.allCases {
            guard let lines = tree?[language.rawValue]?.objectValue else { continue }
            for (key, value) in lines.sorted(by: { $0.key < $1.key }) {
                let texts = value.stringArray ?? []
                if key == Self.ordinaryKey {
                    ordinary[language, default: []] += texts
                } else if crisisIDs.contains(key) {
                    crisis[language, default: [:]][key] = texts
                } else {
                    data.warn(DataFileError(path: Self.path, line: nil, column: nil,
                                            problem: "\(language.rawValue).\(key) is no crisis intent of \(IntentCatalog.path)"))
                }
            }
        }
        let knowledge = KnowledgeBase(data: data)
        for id in knowledge.ids where !unsure.contains(id) {
            for (language, article) in (knowledge.articles[id] ?? [:]).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                ordinary[language, default: []] += article.asks + article.phrasings
            }
        }
        self.init(crisis: crisis, ordinary: ordinary)
    }
}
