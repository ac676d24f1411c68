import Foundation
import Testing
@testable import KuuloCore

/// `/tilit` asks for at least two admins (the tip: access tied to the role, never to one person): one is
/// saved with a warning that says why a second is needed; two or more, or none yet, pass quietly.
@Suite("Account admins: the advised two")
struct AccountAdminsTests {
    static func chat(_ language: Language) -> ChatHarness {
        var chat = ChatHarness(language: language)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava")
        chat.send(language == .fi ? "/luottamustoimija" : "/trustee", "Matti Virtanen", "pj", "", "")
        return chat
    }

    @Test("one admin is saved, with the warning in the chat's language", arguments: [
        (Language.fi, "/tilit", "Ylläpitäjiä on nyt vain yksi."), (.en, "/accounts", "There is only one admin now."),
    ])
    func oneAdmin(language: Language, command: String, warning: String) {
        var chat = Self.chat(language)
        let said = chat.send(command, "instagram", "@tyy_ry", "1")
        #expect(said.contains(warning), "\(said)")
        #expect(chat.content["accounts"]?["1"]?["admins"]?.stringArray?.count == 1, "saved all the same")
    }

    @Test("two admins, or none named yet, get no warning")
    func twoOrNone() {
        var chat = Self.chat(.fi)
        #expect(!chat.send("/tilit", "instagram", "@tyy_ry", "1, 2", "k", "", "").contains("vain yksi"))
        #expect(!chat.send("/tilit", "facebook-sivu", "facebook.com/tyy", "", "e", "", "").contains("vain yksi"))
        #expect(chat.content["accounts"]?["1"]?["admins"]?.stringArray?.count == 2)
    }
}
