import Foundation
import Testing
@testable import KuuloCore

@Suite("privacy.email")
struct EmailRuleTests {
    let rule = EmailRule()

    func addresses(_ text: String, allowed: PublicContacts = .none) -> [String] {
        CheckTestSupport.excerpts(rule.findings(in: text, allowed: allowed), in: text)
    }

    @Test func addressesAreFound() {
        #expect(addresses("Kysy: matti.meikalainen@tuni.fi!") == ["matti.meikalainen@tuni.fi"])
        #expect(addresses("Write to anna+kuulo@example.co.uk.") == ["anna+kuulo@example.co.uk"])
        #expect(addresses("jäsen@yhdistys.fi ja toinen@tyy.fi") == ["jäsen@yhdistys.fi", "toinen@tyy.fi"])
        #expect(addresses("<info@tyy.fi>") == ["info@tyy.fi"])
        let findings = rule.findings(in: "a@b.fi")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.arguments["email"] == "a@b.fi")
    }

    @Test func thingsThatAreNotAddresses() {
        #expect(addresses("Seuraa @tyy.fi ja @kuulo_app").isEmpty)
        #expect(addresses("tyy@ ja @ ja a@b").isEmpty)
        #expect(addresses("a@b.c").isEmpty) // top-level domain too short
        #expect(addresses("a@-b.fi").isEmpty)
        #expect(addresses("https://tyy.fi/@anna.fi/kuva").isEmpty)
        #expect(addresses("Hinta 12,50 € @ kassa.").isEmpty)
    }

    @Test func anAddressInsideALinkIsNotFlagged() {
        #expect(addresses("https://user@example.com/path").isEmpty)
    }

    @Test func publicAddressesAreAllowedCaseInsensitively() {
        let contacts = PublicContacts(emails: ["Info@TYY.fi"])
        #expect(addresses("Lisätietoja: info@tyy.fi", allowed: contacts).isEmpty)
        #expect(addresses("Lisätietoja: INFO@tyy.FI tai anna@tyy.fi", allowed: contacts) == ["anna@tyy.fi"])
    }
}

@Suite("privacy.iban")
struct IBANRuleTests {
    let rule = IBANRule()

    @Test("valid accounts of any country are errors, grouped or not", arguments: [
        "FI21 1234 5600 0007 85", "FI2112345600000785", "DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819",
        "NO93 8601 1117 947", "XK051212012345678906",
    ])
    func validAccounts(account: String) {
        #expect(IBAN.checksumIsValid(account.replacingOccurrences(of: " ", with: "")))
        let text = "Maksa tilille \(account) viimeistään perjantaina."
        let findings = rule.findings(in: text)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message) == [IBANRule.validMessage])
        #expect(CheckTestSupport.excerpts(findings, in: text) == [account])
    }

    @Test func aWrongChecksumOfAKnownLengthIsAWarning() {
        let findings = rule.findings(in: "Tili FI21 1234 5600 0007 86.")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [IBANRule.suspectMessage])
        // Unknown shape and wrong checksum: nothing.
        #expect(rule.findings(in: "Koodi AB12 3456 7890 1234 5678").isEmpty)
    }

    @Test func aFollowingWordInCapitalsIsNotPartOfTheAccount() {
        let text = "FI21 1234 5600 0007 85 EUR"
        #expect(CheckTestSupport.excerpts(rule.findings(in: text), in: text) == ["FI21 1234 5600 0007 85"])
    }

    @Test func notAccounts() {
        #expect(rule.findings(in: "TIETS01 KIE-12345 FI21 ja fi21 1234").isEmpty)
        #expect(rule.findings(in: "XFI2112345600000785").isEmpty)
        #expect(rule.findings(in: "FI2112345600000785X").isEmpty)
    }

    @Test("a payment reference (RF) uses the same check but is neither an account nor a phone number")
    func paymentReferences() {
        #expect(IBAN.checksumIsValid("RF18539007547034"))
        #expect(rule.findings(in: "Viite RF18 5390 0754 7034").isEmpty)
        #expect(PrivacyRules.check("Viite RF18 5390 0754 7034, eräpäivä 24.12.2026").isEmpty)
    }

    @Test func theOrganisationsOwnAccountIsAllowed() {
        let contacts = PublicContacts(accounts: ["fi21 1234 5600 0007 85"])
        #expect(rule.findings(in: "Jäsenmaksu tilille FI2112345600000785.", allowed: contacts).isEmpty)
    }
}

@Suite("Public contacts")
struct PublicContactsTests {
    @Test func phoneNumbersAreNormalisedToTheirDigits() {
        #expect(PublicContacts.normalisedPhone("+358 40 123 4567") == "0401234567")
        #expect(PublicContacts.normalisedPhone("00358401234567") == "0401234567")
        #expect(PublicContacts.normalisedPhone("+358 (0)40 123 4567") == "0401234567")
        #expect(PublicContacts.normalisedPhone("(09) 123 4567") == "091234567")
        #expect(PublicContacts.normalisedPhone("+46 70 123 45 67") == "+46701234567")
    }

    @Test func readsThePlansObject() {
        let json: JSONValue = ["emails": ["info@tyy.fi"], "phones": ["040 123 4567"], "accounts": ["FI21 1234 5600 0007 85"]]
        let contacts = PublicContacts(json: json)
        #expect(contacts.allowsEmail("INFO@tyy.fi"))
        #expect(contacts.allowsPhone("+358401234567"))
        #expect(contacts.allowsAccount("FI2112345600000785"))
        #expect(!contacts.allowsPhone("040 123 4568"))
        #expect(PublicContacts(json: nil) == .none)
    }

    @Test("all privacy rules together report each thing once")
    func together() {
        let text = "Hetu 131052-308T, tili FI21 1234 5600 0007 85, posti anna@tyy.fi, puh 040 123 4567."
        let findings = PrivacyRules.check(text)
        #expect(Set(findings.map(\.rule)) == [PersonalIDRule.id, IBANRule.id, EmailRule.id, PhoneRule.id])
        #expect(findings.count == 4)
    }
}
