import Foundation
import Testing

@Suite("End to end: setup piped into the binary")
struct SetupEndToEndTests {
    @Test("a whole Finnish setup from an empty folder writes the plan, mode 0600, with one revision")
    func finnish() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "languages": ["1,3"],
                      "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        input.send("/suunnitelma", "/lopeta")
        let result = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(result.code == 0)
        #expect(result.stdout.contains("Tervetuloa Kuuloon!"))
        #expect(result.stdout.contains("Mikä on roolisi järjestössä?"))
        #expect(result.stdout.contains("TYY:n suunnitelma – kuulo-plan.json, versio 1"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour codes when piped")
        #expect(!result.stdout.contains("kuulo> "), "no prompt when piped")
        let path = folder + "/kuulo-plan.json"
        #expect(BinaryRunner.mode(path) == 0o600)
        let plan = BinaryRunner.json(path)
        #expect(plan["schemaVersion"] as? Int == 1)
        #expect(plan["revision"] as? Int == 1)
        #expect(plan.at("plan", "organisation", "name") as? String == "Tampereen ylioppilaskunta")
        #expect(plan.at("plan", "organisation", "values") as? [String] == ["kuuntelu", "vuorovaikutus", "opiskelijalähtöisyys"])
        #expect(plan.at("plan", "trustees", "maija-meikalainen", "role") as? String == "viestintävastaava")
        let history = plan["history"] as? [[String: Any]]
        #expect(history?.first?["author"] as? String == "Maija Meikäläinen")
        #expect(history?.first?["summary"] as? String == "Perustiedot: TYY")
        #expect(BinaryRunner.read(path).hasSuffix("}\n"))
        #expect(BinaryRunner.read(folder + "/state/kuulo/user") == "Maija Meikäläinen\n")
    }

    @Test("the same in English; the next run remembers the user and greets them")
    func englishAndRemembered() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en)
        input.answer(["name": ["Example Student Union"], "shortName": ["ESU"], "kind": ["2"], "languages": ["en"],
                      "userName": ["Alex Example"], "userRole": ["board member"]])
        let first = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder)
        #expect(first.code == 0)
        #expect(first.stdout.contains("Thank you! ESU’s basic details are now in the plan."))
        #expect(first.stdout.contains("Plan saved (kuulo-plan.json, version 1)"))
        let second = try BinaryRunner.run(["--lang", "en"], input: "/history\n", folder: folder)
        #expect(second.code == 0)
        #expect(second.stdout.contains("Hi Alex! Open plan: ESU"))
        #expect(second.stdout.contains("#1"))
        #expect(second.stdout.contains("Alex Example: Setup: ESU"))
    }

    @Test("the plan's language is used when --lang is not given, and KUULO_PLAN and KUULO_USER are honoured")
    func planLanguageAndEnvironment() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Yhdistys ry"], "kind": ["3"], "languages": ["1"], "userName": ["Liisa"]])
        _ = try BinaryRunner.run(["--lang", "fi", "--plan", "oma.json"], input: input.text, folder: folder)
        let result = try BinaryRunner.run([], input: "/plan\n", folder: folder, environment: ["KUULO_PLAN": "oma.json", "KUULO_USER": "Ville"])
        #expect(result.code == 0)
        #expect(result.stdout.contains("Hei Ville! Suunnitelma auki: Yhdistys ry – oma.json"))
    }

    @Test("a line of invalid UTF-8 and a 1 MB line are refused politely and the session goes on")
    func badLines() throws {
        let folder = BinaryRunner.makeFolder()
        // The two refused lines are typed at the short name, which is then answered; the rest by step id.
        var input = PipedInput(language: .en)
        input.answer(["name": ["Org"]], until: "shortName")
        let typed = input.text.utf8.count
        var bytes: [UInt8] = Array(input.text.utf8)
        bytes += [0xC3, 0x28, 0x0A]
        bytes += Array(repeating: UInt8(ascii: "a"), count: 1_100_000) + [0x0A]
        input.answer(["shortName": ["ORG"], "userName": ["Sam"]])
        bytes += Array(input.text.utf8.dropFirst(typed))
        let result = try BinaryRunner.run(["--lang", "en"], inputBytes: bytes, folder: folder)
        #expect(result.code == 0)
        #expect(result.stdout.contains("That line was not valid UTF-8 text"))
        #expect(result.stdout.contains("That line was over 1048576 characters"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "ORG")
        #expect(plan.at("plan", "trustees", "sam", "name") as? String == "Sam")
    }

    @Test("quitting midway keeps every answer given, and the next run resumes the setup")
    func quitMidway() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en)
        input.answer(["name": ["Half Org"], "shortName": ["HO"]], until: "kind")
        _ = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "HO")
        #expect((plan["history"] as? [[String: Any]])?.first?["summary"] as? String == "Setup: HO — unfinished")
        let again = try BinaryRunner.run(["--lang", "en"], input: "", folder: folder)
        #expect(again.stdout.contains("Hi! Open plan: HO"))
        #expect(again.stdout.contains("Who are you?"))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try BinaryRunner.run(["--version"], folder: BinaryRunner.makeFolder())
        #expect(result.code == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("an unknown option is a usage error, exit 64")
    func usage() throws {
        let result = try BinaryRunner.run(["--no-such-option"], folder: BinaryRunner.makeFolder())
        #expect(result.code == 64)
        #expect(result.stderr.contains("no-such-option"))
    }
}
