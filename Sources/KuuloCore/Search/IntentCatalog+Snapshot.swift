import Foundation

extension IntentCatalog {
    /// Writes the catalogue without its example phrasings (a snapshot keeps them analysed): first the
    /// installed languages' codes, then everything per language in that order.
    func write(to writer: inout SnapshotWriter) {
        let languages = Language.allCases
        writer.strings(languages.map(\.rawValue))
        writer.count(intents.count)
        for intent in intents {
            writer.string(intent.kind.rawValue)
            writer.string(intent.id)
            writer.string(intent.command)
            Self.write(intent.label, to: &writer)
            writer.bool(intent.reply != nil)
            if let reply = intent.reply { Self.write(reply, to: &writer) }
            writer.strings(intent.articles)
            writer.string(intent.slot?.rawValue ?? "")
            for optional in [intent.slotID, intent.slotCommand] {
                writer.bool(optional != nil)
                if let optional { writer.string(optional) }
            }
            writer.bool(intent.isQuestionLike)
            for language in languages { writer.strings(intent.cues[language] ?? []) }
        }
        for sets in [questionCues, questionOpenings, requestCues, requestMarkers, permissionActions, moreWords, firstWordOnly] {
            for language in languages { writer.set(sets[language] ?? []) }
        }
        for lists in [requestExceptions, requestOpenings, politeOpenings, permissionOpenings, clitics, languageNames] {
            for language in languages { writer.strings(lists[language] ?? []) }
        }
        for language in languages {
            let words = numbers[language] ?? [:]
            writer.count(words.count)
            for number in words.keys.sorted() {
                writer.count(number)
                writer.strings(words[number] ?? [])
            }
        }
        writer.map(articleCommands.mapValues { [$0] })
    }

    /// Reads what `write(to:)` wrote, the intents without examples. A snapshot written while other
    /// languages were installed is refused: the catalogue holds words for every installed language.
    init(reading reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) {
        let languages = Language.allCases
        guard try reader.strings() == languages.map(\.rawValue) else { throw .init() }
        var intents: [Intent] = []
        for _ in 0..<(try reader.itemCount()) {
            guard let kind = Kind(rawValue: try reader.string()) else { throw .init() }
            let id = try reader.string(), command = try reader.string(), label = try Self.text(from: &reader)
            let reply = try reader.bool() ? try Self.text(from: &reader) : nil
            let articles = try reader.strings()
            let slotName = try reader.string()
            let slot = Slot(rawValue: slotName)
            guard slot != nil || slotName.isEmpty else { throw .init() }
            let slotID = try reader.bool() ? try reader.string() : nil
            let slotCommand = try reader.bool() ? try reader.string() : nil
            let isQuestionLike = try reader.bool()
            var cues: [Language: [String]] = [:]
            for language in languages { cues[language] = try reader.strings() }
            intents.append(Intent(kind: kind, cues: cues, reply: reply, articles: articles, id: id, command: command, label: label,
                                  slot: slot, slotID: slotID, slotCommand: slotCommand, isQuestionLike: isQuestionLike, examples: [:]))
        }
        var sets: [[Language: Set<String>]] = []
        for _ in 0..<7 {
            var byLanguage: [Language: Set<String>] = [:]
            for language in languages { byLanguage[language] = try reader.set() }
            sets.append(byLanguage)
        }
        var lists: [[Language: [String]]] = []
        for _ in 0..<6 {
            var byLanguage: [Language: [String]] = [:]
            for language in languages { byLanguage[language] = try reader.strings() }
            lists.append(byLanguage)
        }
        var numbers: [Language: [Int: [String]]] = [:]
        for language in languages {
            var words: [Int: [String]] = [:]
            for _ in 0..<(try reader.itemCount()) {
                let number = try reader.count()
                words[number] = try reader.strings()
            }
            numbers[language] = words
        }
        var articleCommands: [String: String] = [:]
        for (id, commands) in try reader.map() {
            guard commands.count == 1, let command = commands.first else { throw .init() }
            articleCommands[id] = command
        }
        self.init(intents: intents, questionCues: sets[0], numbers: numbers, languageNames: lists[5], articleCommands: articleCommands)
        questionOpenings = sets[1]
        requestCues = sets[2]
        requestMarkers = sets[3]
        permissionActions = sets[4]
        moreWords = sets[5]
        firstWordOnly = sets[6]
        requestExceptions = lists[0]
        requestOpenings = lists[1]
        politeOpenings = lists[2]
        permissionOpenings = lists[3]
        clitics = lists[4]
    }

    private static func write(_ text: LocalizedText, to writer: inout SnapshotWriter) {
        let languages = text.values.keys.sorted()
        writer.count(languages.count)
        for language in languages {
            writer.string(language.rawValue)
            writer.string(text.values[language] ?? "")
        }
    }

    private static func text(from reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) -> LocalizedText {
        var values: [Language: String] = [:]
        for _ in 0..<(try reader.itemCount()) {
            guard let language = Language(rawValue: try reader.string()) else { throw .init() }
            values[language] = try reader.string()
        }
        guard !values.isEmpty else { throw .init() }
        return LocalizedText(values)
    }
}
