import Foundation
import Testing

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
        #expect(run.stdout.contains("Mikään kanava ei tavoita näitä: kansainväliset opiskelijat; alumnit; sidosryhmät ja media."))
        #expect(run.stdout.contains("Kirjoitettiin kuulo-plan-fi.html."))
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
}
