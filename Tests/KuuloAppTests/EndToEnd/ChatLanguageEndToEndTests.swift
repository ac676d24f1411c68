import Foundation
import Testing

@Suite("End to end: the chat keeps the language a trustee chose")
struct ChatLanguageEndToEndTests {
    @Test("/lang en in a Finnish plan holds for the next chats and the other commands; --lang still decides a single run")
    func chosenLanguageIsKept() throws {
        let folder = try HandoverPlan.folder()
        let user = ["KUULO_USER": "Cecilia Carlsson"]
        let before = try BinaryRunner.run([], input: "", folder: folder, environment: user)
        #expect(before.stdout.contains("Hei Cecilia!"), "the plan's first language at first: \(before.stdout)")
        let switching = try BinaryRunner.run([], input: "/kieli en\n", folder: folder, environment: user)
        #expect(switching.stdout.contains("OK, I'll speak English from now on."))
        let after = try BinaryRunner.run([], input: "", folder: folder, environment: user)
        #expect(after.stdout.contains("Hi Cecilia!"), "the next chat speaks English: \(after.stdout)")
        let once = try BinaryRunner.run(["--lang", "fi"], input: "", folder: folder, environment: user)
        #expect(once.stdout.contains("Hei Cecilia!"))
        let again = try BinaryRunner.run([], input: "", folder: folder, environment: user)
        #expect(again.stdout.contains("Hi Cecilia!"), "--lang does not change what is remembered: \(again.stdout)")
        let command = try BinaryRunner.run(["plan", "validate"], folder: folder, environment: user)
        #expect(command.stdout.contains("valid Kuulo plan"), "the other commands speak it too: \(command.stdout)")
    }

    @Test("a plan begun in English under an English locale is greeted in English next time, though it publishes in Finnish")
    func newPlanKeepsItsSetupLanguage() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en, user: "Alex Example")
        input.answer(["name": ["Esimerkin ylioppilaskunta"], "shortName": ["EYK"], "kind": ["1"], "languages": ["fi"],
                      "userName": ["Alex Example"], "userRole": ["board member"]])
        let locale = ["LANG": "en_US.UTF-8"]
        let setup = try BinaryRunner.run([], input: input.text, folder: folder, environment: locale)
        #expect(setup.code == 0, "\(setup.stderr)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "languages") as? [String] == ["fi"])
        let next = try BinaryRunner.run([], input: "", folder: folder, environment: ["LANG": "C.UTF-8"])
        #expect(next.stdout.contains("Hi Alex!"), "\(next.stdout)")
    }
}
