import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Readable output: wrapping, local time, plurals")
struct ReadableOutputTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("lines break between words, never inside one, and keep the indentation of a list item")
    func wrapping() {
        let text = "Sovitaan, mihin LYY käyttää kutakin kanavaansa ja kuka sitä hoitaa suunnitelmaanne varten."
        let wrapped = TextWrapper.wrap(text, width: 30)
        for line in wrapped.split(separator: "\n") { #expect(line.count <= 30, "\(line)") }
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
        #expect(wrapped.contains("suunnitelmaanne"), "no word is cut")
        let item = TextWrapper.wrap("  • Verkkosivuilla ei ole vastuuhenkilöä. Kanava, jota kukaan ei hoida, hiljenee.", width: 30)
        let lines = item.split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }, "\(lines)")
        let numbered = TextWrapper.wrap("  3) muu yhdistys tai järjestö, joka ei ole opiskelijoiden oma", width: 28)
        #expect(numbered.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("     ") })
        // /help's two columns: a summary that wraps stays in its column (seen at 110 columns in English).
        let help = TextWrapper.wrap("  /reply [N]     Answer a critical comment calmly, tone checked; N answers message N of /listen log", width: 60)
        let helpLines = help.split(separator: "\n").map(String.init)
        #expect(helpLines.count > 1)
        #expect(helpLines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 17)) && !$0.hasPrefix(String(repeating: " ", count: 18)) }, "\(helpLines)")
    }

    @Test("a word longer than the line stands alone; short text and narrow widths are left as they are")
    func longWordsAndNarrowWidths() {
        let wrapped = TextWrapper.wrap("katso https://example.org/very/long/path/that/does/not/fit ok", width: 25)
        #expect(wrapped.split(separator: "\n").map(String.init) == ["katso", "https://example.org/very/long/path/that/does/not/fit", "ok"])
        #expect(TextWrapper.wrap("lyhyt rivi", width: 80) == "lyhyt rivi")
        #expect(TextWrapper.wrap("hyvin kapea pääte ei rivitä mitään", width: 10) == "hyvin kapea pääte ei rivitä mitään")
        #expect(TextWrapper.wrap("eka\n\ntoka", width: 30) == "eka\n\ntoka")
    }

    @Test("times in the plan's zone, in each language's own format, with today and tomorrow")
    func localTimes() throws {
        let content: JSONValue = .object(["organisation": .object(["name": "LYY"])])
        // 2026-12-06 11:50:17 UTC, a Sunday: 13.50 in Helsinki.
        let now = Date(timeIntervalSince1970: 1_796_557_817)
        let fi = TimeDisplay(data: data, language: .fi, content: content, now: now)
        #expect(fi.timestamp("2026-12-06T11:50:17Z") == "tänään klo 13.50")
        #expect(fi.local("2026-12-07T23:30") == "huomenna klo 23.30")
        #expect(fi.local("2026-12-08T12:00") == "ti 8.12.2026 klo 12.00")
        let en = TimeDisplay(data: data, language: .en, content: content, now: now)
        #expect(en.local("2026-12-07T23:30") == "tomorrow, 23:30")
        #expect(en.local("2026-12-14T09:05") == "Mon 14 Dec 2026, 09:05")
        let undated = TimeDisplay(data: data, language: .fi, content: content, now: nil)
        #expect(undated.timestamp("2026-06-01T09:00:00Z") == "ma 1.6.2026 klo 12.00", "summer time: UTC+3")
        let stockholm = TimeDisplay(data: data, language: .fi,
                                    content: .object(["organisation": .object(["timeZone": "Europe/Stockholm"])]), now: nil)
        #expect(stockholm.timestamp("2026-12-06T11:50:17Z") == "su 6.12.2026 klo 12.50")
    }

    @Test("a count picks the plural form from the text's data: 1 muutos, 3 muutosta")
    func plurals() {
        let messages = MessageCatalog(data: data)
        let one = messages.text(.historyLine, .fi, ["number": "1", "time": "t", "author": "a", "summary": "s", "count": "1"])
        let three = messages.text(.historyLine, .fi, ["number": "1", "time": "t", "author": "a", "summary": "s", "count": "3"])
        #expect(one.hasSuffix("(1 muutos)"))
        #expect(three.hasSuffix("(3 muutosta)"))
        #expect(messages.text(.historyLine, .en, ["number": "1", "time": "t", "author": "a", "summary": "s", "count": "1"]).hasSuffix("(1 change)"))
        #expect(messages.text(.draftApproveErrors, .fi, ["number": "2", "count": "1"]).contains("on vielä yksi virhe"))
        #expect(messages.text(.draftApproveErrors, .fi, ["number": "2", "count": "3"]).contains("on vielä 3 virhettä"))
    }
}

@Suite("Conflict fields in words")
struct PlanFieldNamesTests {
    @Test("a conflicting field is named as the plan names it, and a list is shown as words, not JSON")
    func namesAndValues() throws {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let fi = PlanFieldNames(resources: resources, language: .fi)
        #expect(fi.name(try #require(JSONPointer("/organisation/values"))) == "Arvot")
        #expect(PlanFieldNamesTests.words(["rohkeus", "avoimuus"]) == "rohkeus, avoimuus")
        let en = PlanFieldNames(resources: resources, language: .en)
        #expect(en.name(try #require(JSONPointer("/organisation/values"))) == "Values")
        #expect(!fi.name(try #require(JSONPointer("/trustees/maija/role"))).contains("/"))
    }

    static func words(_ items: [String]) -> String { PlanFieldNames.value(.array(items.map(JSONValue.string))) }
}

@Suite("Tab completion in one language")
struct OneLanguageCompletionTests {
    @Test("Tab offers the chat language's commands and words; the other language's still complete when nothing else fits")
    func completions() {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let finnish = resources.completions(for: "/", language: .fi)
        #expect(finnish.contains("/kanavat") && finnish.contains("/luonnos"))
        #expect(!finnish.contains("/channels") && !finnish.contains("/draft"))
        #expect(resources.completions(for: "/luonnos 1 ", language: .fi).contains("hyväksy"))
        #expect(!resources.completions(for: "/luonnos 1 ", language: .fi).contains("approve"))
        #expect(resources.completions(for: "/cha", language: .fi) == ["/channels"])
        #expect(!resources.completions(for: "/", language: .en).contains("/kanavat"))
    }
}

@Suite("Tips speak of the union's own values")
struct TipValuesTests {
    @Test("a tip whose values the union did not choose lists none, instead of the built-in examples")
    func noForeignValues() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Lapin yliopiston ylioppilaskunta", "shortName": "LYY", "languages": ["fi"],
                                             "values": ["avoimuus", "yhteisöllisyys"]]]
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        let opening = chat.send("/vinkit 1")
        #expect(opening.contains("Vinkki tukee jäsenten kuuntelemista ja vuorovaikutusta heidän kanssaan."))
        #expect(!opening.contains("opiskelijalähtöisyys"), "a value the union never chose")
    }
}

@Suite("Case placeholders checked at build time")
struct NamePlaceholderCheckTests {
    @Test("a case the text's language lacks, or a name the code does not fill, is an error with its place")
    func problems() throws {
        let files = [
            "Prompts/messages.fi.yaml": "ok: \"{org.genitive} perustiedot\"\nbad: \"{org.possessive}\"\n",
            "Prompts/messages.en.yaml": "ok: \"{org.possessive} board\"\nbad: \"the {org.genitive}\"\nname: \"{club.genitive}\"\n",
            "Prompts/flows/setup.fi.yaml": "outro: \"Kiitos! {org.elative} ja {itemName.partitive}\"\n",
        ]
        let found = NamePlaceholderCheck.problems(files: files)
        #expect(found.count == 3, "\(found)")
        let fiBad = try #require(found.first { $0.path == "Prompts/messages.fi.yaml" })
        #expect(fiBad.line == 2 && fiBad.column == 7)
        #expect(found.contains { $0.problem.contains("unknown name 'club'") })
        // The built-in files pass (kuulo-embed also refuses to build otherwise).
        let builtIn = DataFiles(embedded: EmbeddedFiles.all)
        let texts = Dictionary(uniqueKeysWithValues: builtIn.paths(under: "Prompts/").compactMap { path in builtIn.text(path).map { (path, $0) } })
        #expect(NamePlaceholderCheck.problems(files: texts).isEmpty)
    }

    @Test("without stored forms, a name is inflected by the rules; stored forms win when they are the name's")
    func filling() {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let made = NamePlaceholder.arguments("org", base: "Teekkarikilta ry", stored: nil, language: .fi, data: data)
        #expect(made["org.genitive"] == "Teekkarikillan")
        let stored = NameForms(of: "SAMOK", forms: ["fi": [.partitive: "SAMOKia"]])
        #expect(NamePlaceholder.arguments("org", base: "SAMOK", stored: stored, language: .fi, data: data)["org.partitive"] == "SAMOKia")
        #expect(NamePlaceholder.arguments("org", base: "TYY", stored: stored, language: .fi, data: data)["org.partitive"] == "TYY:tä")
        #expect(NamePlaceholder.arguments("org", base: "ESU", stored: nil, language: .en, data: data)["org.possessive"] == "ESU’s")
    }
}

@Suite("Numbers as each language writes them")
struct NumberGroupingTests {
    let messages = MessageCatalog(data: DataFiles(embedded: EmbeddedFiles.all))

    @Test("Finnish groups thousands with a no-break space, English with a comma; small numbers stay")
    func grouping() {
        #expect(messages.number(1800, .fi) == "1\u{00A0}800")
        #expect(messages.number(1_234_567, .fi) == "1\u{00A0}234\u{00A0}567")
        #expect(messages.number(1800, .en) == "1,800")
        #expect(messages.number(999, .fi) == "999")
        #expect(messages.number(-12_000, .en) == "-12,000")
    }

    @Test("a count in a text is grouped too, and still picks the plural form")
    func countInText() {
        let text = messages.text(.planUnrecorded, .fi, count: 1800)
        #expect(text.contains("1\u{00A0}800"), "\(text)")
    }
}
