import Foundation
import Testing

@Suite("End to end: bad plan files are reported and left untouched")
struct BadPlanTests {
    static let cases: [(name: String, text: String, expected: String)] = [
        ("not JSON", "this is not json\n", "kuulo-plan.json:1:1: the plan file is not valid JSON"),
        ("truncated", "{\n  \"schemaVersion\": 1,\n  \"plan\": {\n", "kuulo-plan.json:4:1: the plan file is not valid JSON: the file ends too early"),
        ("wrong types", "{\"schemaVersion\": 1, \"revision\": 0, \"plan\": {\"organisation\": {\"name\": 5}}, \"history\": []}\n", "$.plan.organisation.name: expected string, found integer"),
        ("newer format", "{\"schemaVersion\": 99, \"revision\": 0, \"plan\": {}, \"history\": []}\n", "written by a newer Kuulo (format 99; this one reads up to 1)"),
        ("not a plan", "{\"hello\": \"world\"}\n", "is not a Kuulo plan"),
    ]

    @Test("the chat refuses with exit 65, names the place, and does not touch the file", arguments: cases.map(\.name))
    func chatRefuses(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let folder = BinaryRunner.makeFolder()
        let path = folder + "/kuulo-plan.json"
        try entry.text.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try BinaryRunner.run(["--lang", "en"], input: PipedInput.namingOrganisation("Org", then: ["/quit"]), folder: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains(entry.expected), "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("kuulo plan validate gives the same verdicts in Finnish", arguments: cases.map(\.name))
    func validate(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let folder = BinaryRunner.makeFolder()
        try entry.text.write(toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["plan", "validate", "broken.json", "--lang", "fi"], folder: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.contains("ei koskettu"))
    }

    @Test("a missing plan for plan commands is exit 66")
    func missing() throws {
        let result = try BinaryRunner.run(["plan", "log", "--lang", "en"], folder: BinaryRunner.makeFolder())
        #expect(result.code == 66)
        #expect(result.stderr.contains("kuulo-plan.json: no such file."))
    }

    @Test("a plan in a folder that cannot hold it is exit 74 with the path")
    func unwritable() throws {
        let folder = BinaryRunner.makeFolder()
        _ = FileManager.default.createFile(atPath: folder + "/not-a-folder", contents: Data("x".utf8))
        let result = try BinaryRunner.run(["--lang", "en", "--plan", "not-a-folder/kuulo-plan.json"], input: PipedInput.namingOrganisation("Org"), folder: folder)
        #expect(result.code == 74)
        #expect(result.stderr.contains("not-a-folder: the folder is not writable"))
    }
}
