// Measures understanding on labelled files, the way the chat and `kuulo ask` read free text.
// Usage: kuulo-eval [--verbose] [--data CHECKOUT] [--intent NAME=NUMBER …] [--search NAME=NUMBER …] QUESTIONS.yaml [REQUESTS.yaml]
//   QUESTIONS.yaml: `fi:` and `en:` lists of {q: "…", id: <Knowledge article id>}; prints top-1,
//                   top-3 and no-answer counts per language.
//   REQUESTS.yaml:  the same shape, `id` a command id (draft, tips, …), `crisis` or `smalltalk`,
//                   or `not-crisis` (anything but the crisis guidance is right); prints how often
//                   the right flow starts, per language.
//   --data:         read Knowledge/, the search word lists, the intents and the crisis lines from this checkout instead of the
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

func read(_ path: String) -> [Language: [UnderstandingEvaluation.Labelled]] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    do { return try UnderstandingEvaluation.read(text, path: path) } catch { fail("\(error)") }
}

var overrides: [String: String] = [:]
if let dataRoot {
    for path in EmbeddedFiles.all.keys where path.hasPrefix("Knowledge/") || path == SearchVocabulary.synonymsPath
        || path == SearchVocabulary.stopWordsPath || path == IntentCatalog.path || path == CrisisTraining.path {
        if let text = try? String(contentsOfFile: dataRoot + "/" + path, encoding: .utf8) { overrides[path] = text }
    }
}
let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides)
let interpreter = FreeTextInterpreter(data: data, lemmatizers: [.fi: LazyVoikkoLemmatizer()], stemmers: LazyStemmer.forEveryLanguage(),
                                      searchSettings: searchSettings, intentSettings: intentSettings)

// A file of the checkout that does not read (a YAML error) would be replaced by the built-in one without a
// word, and a change measured as no change: refuse it.
let problems = data.drainWarnings()
if !problems.isEmpty { fail(problems.map { "\($0)" }.joined(separator: "\n")) }

let evaluation = UnderstandingEvaluation(interpreter: interpreter, commands: CommandRegistry(data: data))

if arguments[0] != "-" {
    let questions = read(arguments[0])
    for language in Language.allCases {
        let list = questions[language] ?? []
        guard !list.isEmpty else { continue }
        let score = evaluation.questions(list, language: language, explains: explains)
        print(score.line(language))
        if verbose { score.misses.forEach { print($0) } }
    }
}

if arguments.count == 2, arguments[1] != "-" {
    let requests = read(arguments[1])
    for language in Language.allCases {
        let list = requests[language] ?? []
        guard !list.isEmpty else { continue }
        let score = evaluation.requests(list, language: language)
        print(score.line(language))
        if verbose { score.misses.forEach { print($0) } }
    }
}
