import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("The rule registry")
struct RuleRegistryTests {
    static var files: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }
    static let data = DraftRuleData(data: files)
    let catalog = CheckCatalog(data: RuleRegistryTests.files)

    @Test("every rule is listed once, and every scope has rules")
    func uniqueIDs() {
        let ids = RuleRegistry.ids
        #expect(ids.count == 29)
        #expect(Set(ids).count == ids.count)
        for scope in RuleScope.allCases {
            #expect(!RuleRegistry.rules(scope).isEmpty, "\(scope)")
        }
        #expect(RuleRegistry.rule("privacy.phone")?.severity == .warning)
        #expect(RuleRegistry.rule("no.such-rule") == nil)
    }

    @Test("every rule has a one-line summary and all its messages in every language")
    func textsExist() {
        for rule in RuleRegistry.all {
            for language in Language.allCases {
                #expect(catalog.has(rule.summaryID, in: language), "\(rule.id) has no summary in \(language.rawValue)")
                #expect(!catalog.text(rule.summaryID, language).contains("\n"), "\(rule.id): the summary is one line")
                let messages = rule.messageIDs(data: Self.data)
                #expect(!messages.isEmpty, "\(rule.id) declares no messages")
                for id in messages.sorted() {
                    #expect(catalog.has(id, in: language), "\(rule.id): \(id) has no text in \(language.rawValue)")
                }
            }
        }
    }

    @Test("every text in Prompts/checks belongs to a rule: a message one declares, or a summary")
    func noStrayTexts() {
        let declared = RuleRegistry.messageIDs(data: Self.data)
        let summaries = Set(RuleRegistry.all.map { $0.summaryID })
        for language in Language.allCases {
            let stray = catalog.ids(in: language).subtracting(declared).subtracting(summaries)
            #expect(stray.isEmpty, "texts no rule gives in \(language.rawValue): \(stray.sorted())")
        }
    }

    @Test("every finding of every scope comes from a registered rule, with a message that rule declares")
    func findingsUseDeclaredMessages() throws {
        let limits = PlatformLimits(data: Self.files)
        let instagram = try #require(limits.platform(for: "instagram"))
        let facebook = try #require(limits.platform(for: "facebook"))
        let plan: JSONValue = [
            "organisation": ["shortName": "TYY"], "signatures": ["agreed": true],
            "trustees": ["maija": ["name": "Maija Meikäläinen", "signature": "– Maija, viestintä"]],
            "hashtags": ["tags": ["tyy": ["tag": "#TYY"]]],
        ]
        let text = """
        TERVETULOA BILEISIIN!!! Tervetulloa ja ja. Soita 040 123 4567 tai info@example.com, hetu 131052-308T,
        tili FI21 1234 5600 0007 85. Olette idiootteja, ja masennus on tärkeä aihe tänään meille kaikille yhdessä
        koko pitkän syksyn ja talven ajan kun opiskelijat kokoontuvat yhteen juhlimaan ja keskustelemaan.
        #vappu-2026 #2026 #opiskelija #Uusi #uusi #a1 #b2 #c3 #d4 #e5 https://tyy.fi/juhla
        """ + String(repeating: " lisää tekstiä", count: 200)
        let services = LanguageServices(
            lemmatizers: [.fi: FakeLemmatizer(forms: ["idiootteja": ["idiootti"], "masennus": ["masennus"]])],
            spellCheckers: [.fi: FakeSpeller(["tervetuloa", "ja"], suggestions: ["Tervetulloa": ["Tervetuloa"]])],
            grammarCheckers: [.fi: FakeRepeatedWordChecker()])
        let context = CheckContext(
            platforms: [instagram, facebook], plan: plan, genericTags: ["opiskelija"], segmenter: nil,
            content: CheckContext.ContentRules(options: DraftRuleOptions(language: .fi), services: services, data: Self.data),
            schedule: DraftSchedule(channels: ["ig"], scheduledAt: "2026-12-01T23:30", media: "video"))
        let findings = DraftChecker().check(text, context: context).findings
        let rules = Set(findings.map(\.rule))
        #expect(rules.count >= 15, "\(rules.sorted())")
        for finding in findings {
            let rule = try #require(RuleRegistry.rule(finding.rule), "\(finding.rule) is not in the registry")
            // Past the report's limit, one summary finding stands for the rest of a rule's findings.
            let declared = rule.messageIDs(data: Self.data).union([FindingSummary.moreMessage])
            #expect(declared.contains(finding.message), "\(finding.rule) gave \(finding.message), which it does not declare")
            #expect(finding.severity >= rule.severity || context.content?.options.replyMode == true,
                    "\(finding.rule) gave \(finding.severity), more than its listed \(rule.severity)")
        }
    }

    @Test("the check session counts the short name, else the name, as the organisation's acronym")
    func organisationAcronym() {
        let session = CheckSession(ruleData: .empty, services: nil, segmenter: nil)
        func acronyms(_ organisation: JSONValue) -> [String] {
            session.options(plan: ["organisation": organisation], language: .fi, fallbackLanguage: .fi, replyMode: false).acronyms
        }
        #expect(acronyms(["name": "Turun yliopiston ylioppilaskunta", "shortName": "TYY"]) == ["TYY"])
        #expect(acronyms(["name": "TREY"]) == ["TREY"])
        #expect(acronyms(["name": "TREY", "shortName": ""]) == ["TREY"])
        #expect(acronyms([:]).isEmpty)
    }

    @Test("the check session opens the language services once, on the first check that needs them")
    func servicesOpenedOnce() {
        let counter = OpenCounter()
        let session = CheckSession(ruleData: .empty, services: { counter.open() }, segmenter: nil)
        #expect(counter.count == 0)
        let request = CheckRequest(language: .fi, fallbackLanguage: .fi)
        for text in ["Yksi teksti.", "Toinen teksti.", "Kolmas."] {
            _ = session.check(text, plan: nil, request: request)
        }
        _ = session.check("Ilman sisältösääntöjä.", plan: nil, request: CheckRequest(fallbackLanguage: .fi, content: false))
        #expect(counter.count == 1)
        let none = CheckSession(ruleData: .empty, services: nil, segmenter: nil)
        #expect(none.check("HUUTOA JA HUUTOA!!!", plan: nil, request: request).findings.isEmpty)
    }

    @Test("the README's rule table lists exactly the registry's rules, in its order, each with its severity first")
    func readmeTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## `kuulo check` rules").dropFirst().first?.components(separatedBy: "\n## ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(rows.map { RuleID(rawValue: $0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))) } == RuleRegistry.ids)
        for row in rows {
            let rule = try #require(RuleRegistry.rule(RuleID(rawValue: row[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")))))
            let first = row[1].split(whereSeparator: { !$0.isLetter }).first.map(String.init)
            #expect(first == rule.severity.rawValue, "\(rule.id): the README says \(row[1])")
        }
    }
}

/// Counts how often the services were opened.
final class OpenCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var opened = 0

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return opened
    }

    func open() -> LanguageServices {
        lock.lock()
        defer { lock.unlock() }
        opened += 1
        return LanguageServices.none
    }
}
