import KuuloData
import Testing
@testable import KuuloCore

@Suite("Plan report")
struct PlanReportTests {
    let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))

    func report(_ content: JSONValue, _ language: Language, user: String? = nil) -> PlanReport {
        var document = PlanDocument()
        document.content = content
        return PlanReport(document: document, planPath: "kuulo-plan.json", language: language, userID: user, resources: resources)
    }

    @Test("/suunnitelma names the Finnish commands, /plan the English ones")
    func commandsInTheChatsLanguage() {
        let finnish = report(["organisation": ["name": "KYY"]], .fi).summary
        #expect(finnish.contains("→ /kanavat"))
        #expect(finnish.contains("→ /luonnos"))
        #expect(finnish.contains("→ /vinkit 1"))
        #expect(!finnish.contains("/channels"))
        #expect(!finnish.contains("/draft"))
        let english = report(["organisation": ["name": "KYY"]], .en).summary
        #expect(english.contains("→ /channels"))
        #expect(english.contains("→ /draft"))
        #expect(report(["organisation": ["name": "KYY", "values": ["a"]]], .fi).nextStep.contains("/tavoitteet"))
        #expect(report(["organisation": ["name": "KYY", "goals": ["a"]]], .en).nextStep.contains("/contacts"))
    }

    @Test("every section a plan field holds is listed with the command that fills it, in the reader's language")
    func everySectionHasACommand() {
        for (language, expected) in [(Language.en, ["/goals", "/contacts", "/annual", "/moderation", "/privacy", "/accounts"]),
                                     (.fi, ["/tavoitteet", "/yhteystiedot", "/vuosikello", "/moderointi", "/tietosuoja", "/tilit"])] {
            let lines = report(["organisation": ["name": "KYY"]], language).summary.split(separator: "\n").filter { $0.hasPrefix("  – ") || $0.hasPrefix("  ✓ ") }
            #expect(lines.count == 20, "\(language): \(lines)")
            #expect(lines.first?.hasPrefix("  ✓ ") == true, "a started section is listed with its command too")
            #expect(lines.allSatisfy { $0.contains("→ /") }, "\(language): a section without a command")
            for command in expected { #expect(lines.contains { $0.hasSuffix("→ " + command) }, "\(language): \(command)") }
        }
    }

    @Test("a trustee saved without a name is not shown by their id")
    func trusteeWithoutName() {
        let summary = report(["trustees": ["matti-meikalainen": ["role": "pj"]]], .fi).summary
        #expect(!summary.contains("matti-meikalainen"))
        #expect(summary.contains("(nimeä ei ole kirjattu): ei aloitettu"))
    }

    @Test("onboarding advice comes first for a reader who has not finished the tips, counted from the flow")
    func onboardingAdvice() {
        let content: JSONValue = ["trustees": ["aino": ["name": "Aino", "onboarding": ["tips": ["1": ["completedAt": "2026-01-01T00:00:00Z"]]]]]]
        #expect(report(content, .en, user: "aino").nextStep.contains("tip 2/8"))
        #expect(report(content, .en).summary.contains("Aino: 1/8"))
    }
}
