import Foundation
import Testing
import KuuloCore

@Suite("End to end: suggestions taken in one language, the written plan in another")
struct SuggestionLanguageEndToEndTests {
    @Test("suggestions accepted in an English chat appear in Finnish in the Finnish document; the plan keeps them as chosen")
    func englishChatFinnishDocument() throws {
        let folder = BinaryRunner.makeFolder()
        let plan = folder + "/kuulo-plan.json"
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        var input = PipedInput(language: .en, user: "Maija", planPath: plan)
        input.send("/channels")
        input.answer(["choose": ["instagram"], "channelAudiences/instagram-feed": ["1, 2"], "owners": ["1"]])
        input.send("/channels instagram")
        input.answer([:])
        let run = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        let stored = BinaryRunner.json(plan)
        #expect(stored.at("plan", "channels", "instagram-feed", "audiences") as? [String] == ["members", "new students"],
                "the plan keeps what was chosen, as chosen")
        #expect(stored.at("plan", "channels", "instagram-feed", "metrics") as? [String] == ["reach", "saves and shares", "comments", "new followers"])

        let finnish = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "fi"], folder: folder)
        #expect(finnish.code == 0, "\(finnish.stderr)")
        for shown in ["jäsenet, uudet opiskelijat", "Harkitut ja viimeistellyt julkaisut", "tavoittavuus, tallennukset ja jaot", "Lämmin, innostava",
                      "tapahtumat, henkilöesittelyt", "kansainväliset opiskelijat"] {
            #expect(finnish.stdout.contains(shown), "\(shown) in \(finnish.stdout)")
        }
        for english in ["new students", "Considered, polished", "reach", "Warm, inspiring", "people profiles", "member-centredness"] {
            #expect(!finnish.stdout.contains(english), "\(english) in the Finnish document")
        }
        let english = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "en"], folder: folder)
        for shown in ["members, new students", "Considered, polished posts", "reach, saves and shares"] {
            #expect(english.stdout.contains(shown), "\(shown) in the English document")
        }
        // In a Finnish chat the answers are shown in Finnish too.
        var again = PipedInput(language: .fi, user: "Maija", planPath: plan)
        again.send("/kanavat instagram")
        again.answer([:], until: "channelAudiences")
        let chat = try BinaryRunner.run(["--lang", "fi", "--user", "Maija"], input: again.text, folder: folder)
        #expect(chat.stdout.contains("Harkitut ja viimeistellyt julkaisut"), "\(chat.stdout)")
        #expect(!chat.stdout.contains("Considered, polished"), "\(chat.stdout)")
    }

    @Test("an answer typed in its own words is shown as typed in both documents")
    func ownWordsKept() throws {
        let folder = BinaryRunner.makeFolder()
        let plan = folder + "/kuulo-plan.json"
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        var input = PipedInput(language: .en, user: "Maija", planPath: plan)
        input.send("/channels")
        input.answer(["choose": ["instagram"], "purpose/instagram-feed": ["Reach new students"], "owners": ["1"]])
        _ = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: input.text, folder: folder)
        let finnish = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "fi"], folder: folder)
        #expect(finnish.stdout.contains("Reach new students"))
    }
}
