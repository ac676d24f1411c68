// Measures understanding on labelled files, the way the chat and `kuulo ask` read free text.
// Usage: kuulo-eval [--verbose] [--data CHECKOUT] [--intent NAME=NUMBER …] [--search NAME=NUMBER …] QUESTIONS.yaml [REQUESTS.yaml]
//   QUESTIONS.yaml: `fi:` and `en:` lists of {q: "…", id: <Knowledge article id>}; prints top-1,
//                   top-3 and no-answer counts per language.
//   REQUESTS.yaml:  the same shape, `id` a command id (draft, tips, …), `crisis` or `smalltalk`,
//                   or `not-crisis` (anything but the crisis guidance is right); prints how often
//                   the right flow starts, per language.
//   --data:         read Knowledge/ and the search word lists from this checkout instead of the
//                   embedded copies (for tuning without rebuilding).
//   --intent N=V:   an `IntentSettings` threshold (requestMargin=0.08, …), for tuning without rebuilding.
//   --search N=V:   a `SearchSettings` knob (asksWeight=1.5, …), likewise.
//   --verbose:      list every miss.
//   --explain:      with --verbose, what each word of a missed question added to the articles.
// Either file may be "-" to skip it. Exit status 0 when both were read, 65 when a file is unusable.
import Foundation
import KuuloCore
import KuuloData
import Linguistics

var arguments = Array(CommandLine.arguments.dropFirst())
let verbose = arguments.contains("--verbose")
arguments.removeAll { $0 == "--verbose" }
let explains = arguments.contains("--explain")
arguments.removeAll { $0 == "--explain" }
var dataRoot: String?
if let position = arguments.firstIndex(of: "--data"), position + 1 < arguments.count {
    dataRoot = arguments[position + 1]
    arguments.removeSubrange(position...(position + 1))
}
/// Applies every `option NAME=NUMBER` of the arguments to `settings` through `knobs`, removing them.
@MainActor func applyOverrides<Settings>(_ option: String, to settings: inout Settings, knobs: [String: WritableKeyPath<Settings, Double>]) {
    while let position = arguments.firstIndex(of: option), position + 1 < arguments.count {
        let setting = arguments[position + 1].split(separator: "=", maxSplits: 1).map(String.init)
        guard setting.count == 2, let value = Double(setting[1]) else {
            FileHandle.standardError.write(Data("kuulo-eval: \(option) wants NAME=NUMBER\n".utf8))
            exit(64)
        }
        guard let keyPath = knobs[setting[0]] else {
            FileHandle.standardError.write(Data("kuulo-eval: no \(option) setting \(setting[0])\n".utf8))
            exit(64)
        }
        settings[keyPath: keyPath] = value
        arguments.removeSubrange(position...(position + 1))
    }
}
var intentSettings = IntentSettings()
applyOverrides("--intent", to: &intentSettings, knobs: IntentSettings.thresholds)
var searchSettings = SearchSettings()
applyOverrides("--search", to: &searchSettings, knobs: SearchSettings.tunables)
guard !arguments.isEmpty, arguments.count <= 2 else {
    FileHandle.standardError.write(Data("usage: kuulo-eval [--verbose] [--data CHECKOUT] [--intent NAME=NUMBER …] [--search NAME=NUMBER …] QUESTIONS.yaml [REQUESTS.yaml]\n".utf8))
    exit(64)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kuulo-eval: \(message)\n".utf8))
    exit(65)
}

/// One labelled line of an evaluation file.
struct Labelled {
    var text: String
    var expected: String
}

func read(_ path: String) -> [Language: [Labelled]] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let tree: JSONValue
    do { tree = try YAMLData.parse(text, path: path) } catch { fail("\(error)") }
    var result: [Language: [Labelled]] = [:]
    for language in Language.allCases {
        for (position, entry) in (tree[language.rawValue]?.arrayValue ?? []).enumerated() {
            guard let question = entry["q"]?.stringValue, let id = entry["id"]?.stringValue else {
                fail("\(path): \(language.rawValue) entry \(position + 1) needs q and id")
            }
            result[language, default: []].append(Labelled(text: question, expected: id))
        }
    }
    return result
}

var overrides: [String: String] = [:]
if let dataRoot {
    for path in EmbeddedFiles.all.keys where path.hasPrefix("Knowledge/") || path == SearchVocabulary.synonymsPath
        || path == SearchVocabulary.stopWordsPath || path == IntentCatalog.path {
        if let text = try? String(contentsOfFile: dataRoot + "/" + path, encoding: .utf8) { overrides[path] = text }
    }
}
let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides)
let interpreter = FreeTextInterpreter(data: data, lemmatizers: [.fi: LazyVoikkoLemmatizer()], stemmers: LazyStemmer.forEveryLanguage(),
                                      searchSettings: searchSettings, intentSettings: intentSettings)

func percent(_ count: Int, _ total: Int) -> String {
    total == 0 ? "–" : String(format: "%.1f %%", 100 * Double(count) / Double(total))
}

let commands = CommandRegistry(data: data)

/// The id of the command a match runs (`names` for `/nameforms`), `crisis` or `smalltalk`.
func commandID(_ match: IntentMatch) -> String {
    commands.command(named: match.commandID)?.id ?? match.commandID
}

/// What the chat does with a request, as an id comparable with the file's: a command id, `crisis`,
/// `smalltalk`, or `clarify`, `article`, `none` when no flow starts.

func outcome(_ interpretation: Interpretation) -> (id: String, detail: String) {
    switch interpretation {
    case .crisis(let match, _), .smalltalk(let match), .command(let match):
        return (commandID(match), match.command)
    case .clarify(let options):
        return ("clarify", options.map(commandID).joined(separator: "|"))
    case .answer(let result, _):
        return ("article", result.answers.first?.id ?? "")
    case .noAnswer(let result):
        return ("none", result.status.rawValue)
    }
}

if arguments[0] != "-" {
    let questions = read(arguments[0])
    for language in Language.allCases {
        let list = questions[language] ?? []
        guard !list.isEmpty else { continue }
        var top1 = 0, top3 = 0, unanswered = 0, closeCalls = 0, takenForRequests = 0, crisisFirst = 0
        var misses: [String] = []
        for question in list {
            let result = interpreter.index.search(question.text, language: language)
            let ids = result.isAnswered ? result.answers.map(\.id) : []
            if ids.first == question.expected { top1 += 1 }
            if ids.prefix(3).contains(question.expected) { top3 += 1 }
            if !result.isAnswered { unanswered += 1 }
            if result.isCloseCall { closeCalls += 1 }
            // What the chat does with it: the crisis guidance before the answer, or a command or small
            // talk instead of one.
            let chat = outcome(interpreter.interpret(question.text, language: language))
            if chat.id == "crisis" { crisisFirst += 1 }
            if !["article", "none", "crisis"].contains(chat.id) {
                takenForRequests += 1
                misses.append("  \(language.rawValue) \"\(question.text)\" → \(question.expected): the chat takes it for \(chat.id) \(chat.detail)")
            }
            if ids.first != question.expected {
                let shown = result.answers.prefix(3).map { "\($0.id) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")
                misses.append("  \(language.rawValue) \"\(question.text)\" → \(question.expected): got [\(shown)] \(result.status.rawValue)")
                if explains { misses += interpreter.index.explanation(question.text, language: language, articles: [question.expected]) }
            }
        }
        let n = list.count
        print("questions \(language.rawValue): top-1 \(top1)/\(n) (\(percent(top1, n))), top-3 \(top3)/\(n) (\(percent(top3, n))), "
            + "no answer \(unanswered)/\(n), close calls \(closeCalls), taken for a request by the chat \(takenForRequests), "
            + "crisis guidance shown first \(crisisFirst)")
        if verbose { misses.forEach { print($0) } }
    }
}

if arguments.count == 2, arguments[1] != "-" {
    let requests = read(arguments[1])
    for language in Language.allCases {
        let list = requests[language] ?? []
        guard !list.isEmpty else { continue }
        var right = 0, askedWithIt = 0, articles = 0
        var misses: [String] = []
        for request in list {
            let (id, detail) = outcome(interpreter.interpret(request.text, language: language))
            if id == request.expected || (request.expected == "not-crisis" && id != "crisis") {
                right += 1
                continue
            }
            if id == "clarify", detail.split(separator: "|").contains(Substring(request.expected)) { askedWithIt += 1 }
            if id == "article" { articles += 1 }
            let scores = interpreter.intents.match(request.text, language: language).matches.map { String(format: "%.2f", $0.score) }
            misses.append("  \(language.rawValue) \"\(request.text)\" → \(request.expected): got \(id) \(detail) (intent scores \(scores.joined(separator: " ")))")
        }
        let n = list.count
        print("requests \(language.rawValue): right flow \(right)/\(n) (\(percent(right, n))), asked back with it among the options "
            + "\(askedWithIt), answered with an article \(articles)")
        if verbose { misses.forEach { print($0) } }
    }
}
