import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// `/tilit` (`/accounts`): a recovery address is a role address by nature.
@Suite("Accounts: recovery addresses")
struct AccountRecoveryTests {
    static var data: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }

    /// A Finnish chat with a plan whose public contacts are `sitsit@tyy.fi`.
    static func chat(_ language: Language = .fi) -> ChatHarness {
        var chat = ChatHarness(language: language)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava")
        chat.session.document.content.setValue(["sitsit@tyy.fi"], at: PublicContacts.emailsPointer)
        return chat
    }

    static func privateFindings(_ chat: ChatHarness) -> [String] {
        PlanConsistency(document: chat.session.document, data: data, language: .fi).messages.filter { $0.contains("yhteystieto") || $0.contains("contact detail") }
    }

    @Test("an address on the organisation's domain is neither asked about nor pointed out")
    func ownDomain() {
        var chat = Self.chat()
        let said = chat.send("/tilit", "instagram", "@tyy_ry", "1", "k", "Palautus@TYY.fi", "")
        #expect(!said.contains("rooliosoite"), "\(said)")
        #expect(chat.content["accounts"]?["1"]?["recovery"] == "Palautus@TYY.fi")
        #expect(chat.content["accounts"]?["1"]?["reviewedAt"] == nil || chat.content["accounts"]?["1"]?["reviewedAt"] == "")
        #expect(Self.privateFindings(chat).isEmpty)
        #expect(chat.content["organisation"]?["publicContacts"]?["emails"] == ["sitsit@tyy.fi"])
    }

    @Test("another address is asked about: yes lists it as public, no leaves it pointed out", arguments: [("k", true), ("e", false)])
    func otherAddress(answer: String, listed: Bool) {
        var chat = Self.chat()
        let said = chat.send("/tilit", "instagram", "@tyy_ry", "1", "k", "tyy.hallitus@gmail.com")
        #expect(said.contains("Onko se järjestön yhteinen rooliosoite"), "\(said)")
        chat.send(answer, "")
        let emails = chat.content["organisation"]?["publicContacts"]?["emails"]?.stringArray ?? []
        #expect(emails.contains("tyy.hallitus@gmail.com") == listed)
        #expect(Self.privateFindings(chat).isEmpty == listed, "\(Self.privateFindings(chat))")
    }

    @Test("a phone number or an address already public is not asked about")
    func notAsked() {
        for recovery in ["040 123 4567", "sitsit@tyy.fi"] {
            var chat = Self.chat()
            let said = chat.send("/tilit", "instagram", "@tyy_ry", "1", "k", recovery)
            #expect(!said.contains("rooliosoite"), "\(recovery): \(said)")
        }
    }

    @Test("role addresses by domain")
    func roleAddresses() {
        let contacts = PublicContacts(emails: ["sitsit@tyy.fi"])
        #expect(contacts.emailDomains == ["tyy.fi"])
        #expect(contacts.allowsRoleAddress("hallitus@TYY.FI"))
        #expect(!contacts.allowsRoleAddress("maija@gmail.com"))
        #expect(contacts.isUnlistedAddress("maija@gmail.com"))
        #expect(!contacts.isUnlistedAddress("040 123 4567") && !contacts.isUnlistedAddress("maija at gmail"))
    }
}
