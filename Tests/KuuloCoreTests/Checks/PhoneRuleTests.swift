import Testing
@testable import KuuloCore

@Suite("privacy.phone")
struct PhoneRuleTests {
    let rule = PhoneRule()

    func numbers(_ text: String, allowed: PublicContacts = .none) -> [String] {
        CheckTestSupport.excerpts(rule.findings(in: text, allowed: allowed), in: text)
    }

    @Test("numbers as people write them", arguments: [
        "040 123 4567", "040-1234567", "0401234567", "+358 40 123 4567", "+358401234567", "(09) 123 4567",
        "09 1234 5678", "+46 70 123 45 67", "+1 202 555 0143", "+358 (0)40 123 4567", "00358 40 123 4567",
        "050 987 65 43", "+44 20 7946 0958", "010 123 4567",
    ])
    func found(number: String) {
        #expect(numbers("Soita \(number).") == [number])
        #expect(numbers("Call me at \(number), thanks!") == [number])
        #expect(numbers("puh.\(number)") == [number])
        #expect(numbers(number) == [number])
    }

    @Test func findingsAreWarnings() {
        let findings = rule.findings(in: "Kysy Annalta, 040 123 4567")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [PhoneRule.message])
        #expect(findings.first?.arguments["phone"] == "040 123 4567")
    }

    @Test("dates, times and prices are not numbers", arguments: [
        "24.12.2026", "1.12.2026", "01.12.2026", "2026-12-24", "01/12/2026", "01-12-2026", "klo 18.00", "klo 18–20",
        "18.00–20.00", "klo 09-12", "12,50 €", "0,50 €", "0401,50 €", "vuonna 2026", "1990-luvulla",
    ])
    func datesTimesPrices(text: String) {
        #expect(numbers("Tapahtuma \(text) alkaen.").isEmpty)
        #expect(numbers(text).isEmpty)
    }

    @Test("codes, ids and postal codes are not numbers", arguments: [
        "TIETS01", "KIE-12345", "Y-tunnus 1234567-8", "Y-tunnus 0123456-7", "33100 Tampere", "00100 Helsinki",
        "FI21 1234 5600 0007 85", "FI2112345600000785", "131052-308T", "010594Y9032", "ref 00000 12345",
        "kurssi COMP.CS.100", "https://tyy.fi/tapahtumat/0401234567", "#vappu0401234567", "tili 1234 5678 9012",
        "3 kpl", "112", "0800 12", "sivu 042",
    ])
    func codesAndIDs(text: String) {
        #expect(numbers(text).isEmpty, "\(text)")
    }

    @Test func severalNumbersInOneText() {
        let text = "Anna 040 123 4567 ja Bertta +358 50 765 4321. Klo 18.00."
        #expect(numbers(text) == ["040 123 4567", "+358 50 765 4321"])
    }

    @Test func aNumberAfterAnotherFigureIsStillFound() {
        #expect(numbers("klo 18 0401234567") == ["0401234567"])
        #expect(numbers("040 123 4567 2026") == ["040 123 4567"])
    }

    @Test("the organisation's own public numbers are allowed in any writing")
    func allowList() {
        let contacts = PublicContacts(phones: ["+358 40 123 4567"])
        #expect(numbers("Toimisto: 040-1234567", allowed: contacts).isEmpty)
        #expect(numbers("Toimisto: 0401234567", allowed: contacts).isEmpty)
        #expect(numbers("Office: +358 (0)40 123 4567", allowed: contacts).isEmpty)
        #expect(numbers("Pekka: 040 765 4321", allowed: contacts) == ["040 765 4321"])
    }
}
