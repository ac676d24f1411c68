// In-process timings for bench/run.sh: loading a plan, recording a revision and saving it; building
// the free-text index and answering questions with it.
// Usage: kuulo-bench PLAN [ITERATIONS]
import Foundation
import KuuloApp
import KuuloCore
import KuuloData
import Linguistics

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: kuulo-bench PLAN [ITERATIONS]\n".utf8))
    exit(64)
}
let path = arguments[1]
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
let schema = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML).tree("Schema/plan.schema.json") ?? .object([:])

func seconds(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

let store = PlanStore(path: path, fileSystem: LocalFileSystem(), schema: schema)
var loadTimes: [Double] = []
var document = PlanDocument()
for _ in 0..<5 {
    let start = DispatchTime.now()
    guard let loaded = try? store.load() else {
        FileHandle.standardError.write(Data("kuulo-bench: cannot load \(path)\n".utf8))
        exit(65)
    }
    loadTimes.append(seconds(start))
    document = loaded
}
var recordTimes: [Double] = []
var saveTimes: [Double] = []
for index in 0..<iterations {
    document.content.setValue(.string("bench edit \(index)"), at: JSONPointer(tokens: ["organisation", "coreMessage"]))
    var start = DispatchTime.now()
    document.recordRevision(author: "bench", time: Timestamp.iso(Date()), summary: "bench \(index)")
    recordTimes.append(seconds(start))
    start = DispatchTime.now()
    _ = try? store.save(document)
    saveTimes.append(seconds(start))
}
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}
print(String(format: "load_plan_ms=%.2f", median(loadTimes) * 1000))
print(String(format: "record_revision_ms=%.3f", median(recordTimes) * 1000))
print(String(format: "save_plan_ms=%.2f", median(saveTimes) * 1000))

// Free text: the index is built once per run, then each question is answered from it.
let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML)
var start = DispatchTime.now()
let interpreter = FreeTextInterpreter(data: data, lemmatizers: [.fi: LazyVoikkoLemmatizer()], stemmers: LazyStemmer.forEveryLanguage())
let buildTime = seconds(start)
let questions: [(String, Language)] = [
    ("miten vastaan kun joku haukkuu meitä somessa", .fi), ("kuinka usein pitäis postata instaan", .fi),
    ("saako kuvaan laittaa jäsenen nimen", .fi), ("mitä aihetunnisteita meidän kannattaa käyttää", .fi),
    ("kuka hoitaa somekriisin", .fi), ("haluan kirjoittaa postauksen", .fi), ("mitä kanavia meillä on?", .fi),
    ("how do we reach members who are not on social media", .en), ("someone is angry in our comments", .en),
    ("should we sign our posts", .en), ("help me choose hashtags", .en), ("what is alt text", .en),
]
_ = interpreter.interpret(questions[0].0, language: questions[0].1)  // warm the base-form cache's first use
var answerTimes: [Double] = []
for _ in 0..<20 {
    for (question, language) in questions {
        start = DispatchTime.now()
        _ = interpreter.interpret(question, language: language)
        answerTimes.append(seconds(start))
    }
}
let sortedAnswers = answerTimes.sorted()
print(String(format: "search_index_build_ms=%.1f", buildTime * 1000))
print(String(format: "search_answer_median_ms=%.3f", median(answerTimes) * 1000))
print(String(format: "search_answer_p95_ms=%.3f", (sortedAnswers.isEmpty ? 0 : sortedAnswers[sortedAnswers.count * 95 / 100]) * 1000))
