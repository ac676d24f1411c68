import Foundation
import Testing
import KuuloCore

@Suite("End to end: channels, then the written plan")
struct ChannelsAndExportEndToEndTests {
    @Test("from an empty folder in Finnish: setup, channels, /export; then kuulo plan export in every format")
    func finnish() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        input.send("/kanavat")
        input.answer(["choose": ["instagram, verkkosivut, uutiskirje"], "purpose/instagram-feed": ["Arki ja kasvot"],
                      "channelAudiences/instagram-feed": ["1, 2"], "channelAudiences/website": ["1, 4"], "channelAudiences/newsletter": ["4"],
                      "owners": ["1"]])
        input.send("/vie", "/vie ics kalenteri.ics", "/vie pdf")
        let run = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kanava 1/3: Instagram"))
        // Three of the six default audiences are reached by no channel.
        #expect(run.stdout.contains("Katsaus kanavakarttaan:"))
        #expect(run.stdout.contains("Yksikään kanava ei tavoita näitä ryhmiä: kansainväliset opiskelijat; alumnit; sidosryhmät ja media."))
        #expect(run.stdout.contains("Suunnitelma-asiakirja tallennettiin: kuulo-plan-fi.html."))
        #expect(!run.stdout.contains("Tuntematon muoto ”pdf”"), "/vie pdf prints the plan through a browser or says how to get one")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "channels", "instagram-feed", "purpose") as? String == "Arki ja kasvot")
        #expect(plan.at("plan", "channels", "website", "owners") as? [String] == ["Maija Meikäläinen"])
        let html = BinaryRunner.read(folder + "/kuulo-plan-fi.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Arki ja kasvot"))
        #expect(html.contains("lang=\"fi\""))
        #expect(BinaryRunner.read(folder + "/kalenteri.ics").hasPrefix("BEGIN:VCALENDAR\r\n"))

        let markdown = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "fi"], folder: folder)
        #expect(markdown.code == 0)
        #expect(markdown.stdout.contains("Arki ja kasvot"))
        #expect(!markdown.stdout.contains("/vinkit"), "the board's document names no chat commands")
        #expect(markdown.stdout.contains("## 5. Kanavakartta"))
        let again = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "fi"], folder: folder)
        #expect(again.stdout == markdown.stdout, "the same plan gives the same document")
        let csv = try BinaryRunner.run(["plan", "export", "--format", "csv", "-o", "luonnokset.csv"], folder: folder)
        #expect(csv.code == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/luonnokset.csv"))
        let bad = try BinaryRunner.run(["plan", "export", "--format", "docx", "--lang", "en"], folder: folder)
        #expect(bad.code == 64)
        #expect(bad.stderr.contains("Unknown format “docx”"))
    }

    @Test("a plan with nothing but the organisation's name exports in every format without errors")
    func minimalPlan() throws {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.namingOrganisation("Only A Name"), folder: folder)
        for format in ["markdown", "html", "ics", "csv"] {
            let result = try BinaryRunner.run(["plan", "export", "--format", format, "--lang", "en"], folder: folder)
            #expect(result.code == 0, "\(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(format)")
        }
    }

    @Test("two sessions by one trustee, each leaving /kanavat unfinished: /historia names the author once, the flow and its state in words, counts agreeing", arguments: [Language.fi, .en])
    func historyOfUnfinishedSessions(language: Language) throws {
        let folder = BinaryRunner.makeFolder()
        let plan = folder + "/kuulo-plan.json"
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        for purpose in ["Arki ja kasvot", "Tapahtumat"] {
            var input = PipedInput(language: language, user: "Maija", planPath: plan)
            input.send(language == .fi ? "/kanavat" : "/channels")
            input.answer(["choose": ["instagram"], "purpose/instagram-feed": [purpose]], until: "channelAudiences")
            let run = try BinaryRunner.run(["--lang", language.code, "--user", "Maija"], input: input.text, folder: folder)
            #expect(run.code == 0, "\(run.stderr)")
        }
        let history = try BinaryRunner.run(["--lang", language.code, "--user", "Maija"], input: language == .fi ? "/historia\n" : "/history\n", folder: folder)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        let unfinished = lines.filter { $0.contains(language == .fi ? "Maija: Kanavat – kesken (" : "Maija: Channels — unfinished (") }
        #expect(unfinished.count == 2, "\(history.stdout)")
        #expect(!history.stdout.contains("Maija ("), "the author is named once, before the summary")
        #expect(!history.stdout.contains("(1 muutosta)") && !history.stdout.contains("(1 changes)"))
    }

    @Test("a channel the catalogue does not have: named at /kanavat (\"jokin muu\" asks its name), kept as kind other, asked about by name and in the written plan")
    func customChannel() throws {
        let folder = BinaryRunner.makeFolder()
        let plan = folder + "/kuulo-plan.json"
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        input.send("/kanavat")
        input.answer(["choose": ["instagram, jokin muu", "instagarm, Kampuskaiku-podcast", "instagram, Kampuskaiku-podcast"],
                      "purpose/instagram-feed": ["Arki ja kasvot"], "purpose/kampuskaiku-podcast": ["Haastattelut kerran kuussa"], "owners": ["1"]])
        let run = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Mikä kanava? Kirjoita sen nimi muiden joukkoon"), "\"jokin muu\" asks for the name")
        #expect(run.stdout.contains("”instagarm” ei ole"), "a mistyped catalogue channel is not taken for a new one")
        #expect(run.stdout.contains("Kampuskaiku-podcast"))
        let saved = BinaryRunner.json(plan)
        #expect(saved.at("plan", "channels", "kampuskaiku-podcast", "kind") as? String == "other")
        #expect(saved.at("plan", "channels", "kampuskaiku-podcast", "name") as? String == "Kampuskaiku-podcast")
        #expect(saved.at("plan", "channels", "kampuskaiku-podcast", "purpose") as? String == "Haastattelut kerran kuussa")

        // A second run keeps it with Enter, and the written plan names it in both languages.
        var again = PipedInput(language: .en, user: "Maija Meikäläinen", planPath: plan)
        again.send("/channels")
        again.answer([:])
        let second = try BinaryRunner.run(["--lang", "en", "--user", "Maija Meikäläinen"], input: again.text, folder: folder)
        #expect(second.code == 0, "\(second.stderr)")
        #expect(BinaryRunner.json(plan).at("plan", "channels", "kampuskaiku-podcast", "removed") == nil, "Enter keeps the trustee's own channel")
        for language in ["fi", "en"] {
            let markdown = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", language], folder: folder)
            #expect(markdown.stdout.contains("Kampuskaiku-podcast"), "\(language)")
            #expect(!markdown.stdout.contains("kampuskaiku-podcast"), "no key in the document (\(language))")
            #expect(!markdown.stdout.contains("| other"), "no kind in the document (\(language))")
        }
    }

    @Test("the name of a trustee's own channel gets Finnish forms confirmed by the dictionary, shown when it is added, and correctable in /nimenmuodot")
    func customChannelNameForms() throws {
        let folder = BinaryRunner.makeFolder()
        let plan = folder + "/kuulo-plan.json"
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        input.send("/nimenmuodot")
        input.answer([:])
        input.send("/kanavat")
        input.answer(["choose": ["instagram, Kampusradio"], "purpose/instagram-feed": ["Arki ja kasvot"], "purpose/kampusradio": ["Haastattelut"]])
        let run = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Taivutan kanavanne nimen ”Kampusradio” näin: Kampusradiota, Kampusradiolla."), "\(run.stdout)")
        #expect(!run.stdout.contains("Sanakirja ei tunnistanut"), "Voikko confirms the forms of a compound it knows")
        let saved = BinaryRunner.json(plan)
        #expect(saved.at("plan", "channels", "kampusradio", "nameForms", "of") as? String == "Kampusradio")
        #expect(saved.at("plan", "channels", "kampusradio", "nameForms", "fi", "adessive") as? String == "Kampusradiolla")
        #expect(saved.at("plan", "channels", "instagram-feed", "nameForms") == nil, "catalogue channels have their forms in the catalogue")

        // /nimenmuodot asks for the channel's forms after the organisation's; a correction is kept and used.
        var again = PipedInput(language: .fi, user: "Maija Meikäläinen", planPath: plan)
        again.send("/nimenmuodot")
        again.answer(["channelAdessive/kampusradio": ["Kampusradiossa"]])
        again.send("/kanavat kampusradio")
        again.answer([:])
        let second = try BinaryRunner.run(["--lang", "fi", "--user", "Maija Meikäläinen"], input: again.text, folder: folder)
        #expect(second.code == 0, "\(second.stderr)")
        #expect(run.stdout.contains("[10/10]") && !run.stdout.contains("/12]"), "without own channels the count has no steps for them")
        #expect(second.stdout.contains("Kanava Kampusradio (1/1)") && second.stdout.contains("[12/12]"), "\(second.stdout)")
        #expect(second.stdout.contains("Nyt: Kampusradiota"), "the stored form is shown as the current one")
        #expect(BinaryRunner.json(plan).at("plan", "channels", "kampusradio", "nameForms", "fi", "adessive") as? String == "Kampusradiossa")
        #expect(second.stdout.contains("Mihin TYY käyttää Kampusradiota?"), "\(second.stdout)")
        #expect(second.stdout.contains("Kampusradiossa ei ole vastuuhenkilöä"), "the corrected form is used in the channel advice")
    }
}
