import Foundation
import Testing
@testable import KuuloCore

/// A draft after its first writing: language versions, saved hashtag sets, `/edit`, reopening,
/// review and approval, copying, and the reply mode for critical comments.
@Suite("Draft lifecycle")
struct DraftLifecycleTests {
    func plan(languages: [String] = ["fi"]) -> PlanDocument {
        var document = PlanDocument()
        document.content = [
            "organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": .array(languages.map(JSONValue.string)),
                             "publicContacts": ["emails": ["viestinta@tyy.fi"]]],
            "trustees": ["maija": ["name": "Maija", "signature": "– Maija, TYY"], "olli": ["name": "Olli", "signature": "– Olli, TYY"]],
            "channels": ["instagram-feed": ["kind": "instagram-feed", "purpose": "Arki ja tapahtumat kuvina"],
                         "facebook-page": ["kind": "facebook-page", "purpose": "Tapahtumakutsut ja tiedotteet"]],
            "hashtags": ["sets": ["tapahtuma": ["name": "tapahtuma", "tags": ["#TYY", "#TYYtapahtumat"]]]],
        ]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    func harness(_ language: Language, user: String = "Maija", languages: [String]? = nil) -> ChatHarness {
        var chat = ChatHarness(language: language, user: user, document: plan(languages: languages ?? [language.rawValue]))
        chat.session.services.checkServices = { LanguageServices.none }
        return chat
    }

    /// Writes a Facebook-only draft with the hashtag set `tapahtuma`; every other step takes Enter.
    func writeDraft(_ chat: inout ChatHarness, keyMessage: String, details: String = "") {
        chat.send("/luonnos")
        chat.answerFlow(["channels": ["facebook"], "key-message": [keyMessage], "details": [details], "hashtags": ["tapahtuma"]])
    }

    /// Writes a draft for `channels` with `keyMessage`; every other step not in `answers` takes Enter.
    @discardableResult
    func writeDraft(_ chat: inout ChatHarness, channels: String, keyMessage: String, _ answers: [String: [String]] = [:]) -> String {
        chat.send("/draft") + "\n" + chat.answerFlow(answers.merging(["channels": [channels], "key-message": [keyMessage]]) { $1 })
    }

    @Test("the purpose defaults to the channel's purpose in the plan, and a saved hashtag set is picked by its name")
    func purposeAndHashtagSet() throws {
        var chat = harness(.fi)
        let asked = chat.send("/luonnos") + chat.answer("channels", "facebook")
        #expect(asked.contains("Mitä kanavan tarkoitusta tämä julkaisu palvelee? [Tapahtumakutsut ja tiedotteet]"))
        #expect(asked.contains("Suunnitelmassa lukee:\n  Facebook-sivu: Tapahtumakutsut ja tiedotteet"))
        chat.answerFlow(["key-message": ["Syyskokous pidetään 1.12."], "hashtags": ["tapahtuma", "#Syyskokous"]])
        let draft = try #require(chat.content["calendar"]?["drafts"]?["1"])
        #expect(draft["purpose"] == "Tapahtumakutsut ja tiedotteet")
        #expect(draft["hashtags"]?.stringArray == ["#TYY", "#TYYtapahtumat", "#Syyskokous"])
    }

    @Test("a plan in two languages asks for the other version, checks each and stores both texts")
    func languageVersions() throws {
        var chat = harness(.fi, languages: ["fi", "en"])
        chat.send("/luonnos")
        let asked = chat.answerFlow(["channels": ["facebook"], "key-message": ["Syyskokous pidetään tiistaina."], "call-to-action": ["Tule paikalle!"],
                                     "link": ["https://tyy.fi/kokous"]], until: "languages")
        #expect(asked.contains("Julkaisun kieli on suomi. Mitä muita kieliversioita se tarvitsee?"))
        let version = chat.answer("languages", "englanti")
        #expect(version.contains("Kieliversio: englanti. Kirjoita ydinviesti"))
        chat.answerFlow(["version": ["The autumn meeting is on Tuesday. Come along!"]])
        #expect(chat.session.flow == nil)
        let texts = try #require(chat.content["calendar"]?["drafts"]?["1"]?["texts"]?["facebook-page"])
        #expect(texts["fi"]?.stringValue?.hasPrefix("Syyskokous pidetään tiistaina.\n\nTule paikalle! https://tyy.fi/kokous") == true)
        #expect(texts["en"] == "The autumn meeting is on Tuesday. Come along!\n\nhttps://tyy.fi/kokous\n\n– Maija, TYY\n\n#TYY #TampereenYlioppilaskunta")
        #expect(chat.all.contains("— Facebook-sivu, englanti ("), "each version has its own preview and checks")
    }

    @Test("with one language the language question is not asked")
    func oneLanguage() {
        var chat = harness(.en)
        chat.send("/draft")
        chat.answerFlow(["channels": ["facebook"], "key-message": ["Meeting on Tuesday."]], until: "hashtags")
        let next = chat.answer("hashtags", "")
        #expect(!chat.all.contains("language versions"))
        #expect(next.contains("How do you sign it?"), "Enter took the brand tags; the signature comes next: \(next)")
    }

    @Test("/edit key-message asks that one part again and checks the draft anew, without starting over")
    func editOnePart() throws {
        var chat = harness(.en)
        writeDraft(&chat, channels: "facebook", keyMessage: "Meeting on Tuesday.")
        #expect(chat.session.flow == nil)
        let revisions = chat.session.document.revision
        let asked = chat.send("/edit key-message")
        #expect(asked.contains("What is the key message, in one sentence?"))
        #expect(asked.contains("Now: Meeting on Tuesday."))
        let after = chat.send("The autumn meeting is on Tuesday at 18.")
        #expect(chat.session.flow == nil)
        #expect(after.contains("The autumn meeting is on Tuesday at 18."), "the new preview is shown")
        #expect(!after.contains("Which channels"), "no other step is asked")
        let draft = try #require(chat.content["calendar"]?["drafts"]?["1"])
        #expect(draft["keyMessage"] == "The autumn meeting is on Tuesday at 18.")
        #expect(draft["texts"]?["facebook-page"]?["en"]?.stringValue?.hasPrefix("The autumn meeting is on Tuesday at 18.") == true)
        #expect(chat.content["calendar"]?["drafts"]?.objectValue?.count == 1, "the same draft, not a new one")
        #expect(chat.session.document.revision == revisions + 1)
        #expect(chat.send("/edit").contains("These parts can be changed: channels, purpose, key-message"))
        #expect(chat.send("/edit headline").contains("There is no part “headline”"))
    }

    @Test("choosing an image with /edit media goes on to ask the alt text, which is required")
    func editMediaAsksAltText() throws {
        var chat = harness(.fi)
        writeDraft(&chat, keyMessage: "Syyskokous tiistaina.")
        let asked = chat.send("/muokkaa kuva") + chat.answer("media", "kuva")
        #expect(asked.contains("Kuvaile kuva tai video"))
        #expect(chat.answer("alt-text", "").contains("Tähän tarvitaan vastaus."))
        chat.answer("alt-text", "Hallitus kokouspöydän ääressä.")
        #expect(chat.session.flow == nil)
        #expect(chat.content["calendar"]?["drafts"]?["1"]?["altText"] == "Hallitus kokouspöydän ääressä.")
        #expect(chat.send("/muokkaa vaihtoehtoinen-teksti").contains("Kuvaile kuva"))
    }

    @Test("/edit without an open draft says how to open one")
    func editWithoutDraft() {
        var chat = harness(.en)
        #expect(chat.send("/edit key-message").contains("No draft is open. /draft N opens one"))
        #expect(chat.send("/draft 7").contains("There is no draft 7."))
    }

    @Test("review, approval by another trustee, publishing; a change after approval sends it back to draft")
    func statuses() throws {
        var chat = harness(.en)
        writeDraft(&chat, channels: "facebook", keyMessage: "Meeting on Tuesday.")
        #expect(chat.send("/draft 1 published").contains("Draft 1 is not approved yet (draft)"))
        #expect(chat.send("/draft 1 ready").contains("Draft 1 is ready for review."))
        #expect(chat.content["calendar"]?["drafts"]?["1"]?["status"] == "review")
        #expect(chat.send("/drafts").contains("#1  ready for review"))

        var olli = ChatHarness(language: .fi, user: "Olli", document: chat.session.document)
        olli.session.services.checkServices = { LanguageServices.none }
        let opened = olli.send("/luonnos 1")
        #expect(opened.contains("Luonnos 1 (valmis tarkistettavaksi)"))
        #expect(opened.contains("Meeting on Tuesday."))
        #expect(olli.send("/luonnos hyväksy").contains("Olli hyväksyi luonnoksen 1"))
        var draft = try #require(olli.content["calendar"]?["drafts"]?["1"])
        #expect(draft["status"] == "approved")
        #expect(draft["reviewedBy"] == "Olli")
        #expect(draft["reviewedAt"]?.stringValue?.hasSuffix("Z") == true)
        #expect(olli.session.document.history.last?.summary == "Luonnos 1: hyväksytty")

        olli.send("/muokkaa ydinviesti")
        olli.answer("key-message", "Meeting on Wednesday.")
        #expect(olli.all.contains("Luonnos 1 muuttui sen jälkeen, kun se merkittiin tilaan ”hyväksytty”"))
        draft = try #require(olli.content["calendar"]?["drafts"]?["1"])
        #expect(draft["status"] == "draft")
        #expect(draft["reviewedBy"] == nil)
        olli.send("/luonnos 1 hyväksy")
        #expect(olli.send("/luonnos 1 julkaistu").contains("Luonnos 1 on merkitty julkaistuksi"))
        #expect(olli.content["calendar"]?["drafts"]?["1"]?["publishedBy"] == "Olli")
        #expect(olli.send("/luonnos 1 kumma").contains("Nämä toimivat: valmis, hyväksy, julkaistu, kopioi, korjaa"))
    }

    @Test("approval is refused while the checks find errors; the author may approve only when the ground rules allow it, with a reminder")
    func approvalNeedsCleanChecks() {
        var chat = harness(.en)
        writeDraft(&chat, channels: "instagram", keyMessage: "Party!", ["hashtags": ["#a1", "#b2", "#c3", "#d4", "#e5", "#f6"]])
        #expect(chat.session.flow == nil)
        #expect(chat.send("/draft 1 approve").contains("Draft 1 still has one error."))
        chat.send("/edit hashtags")
        chat.answer("hashtags", "= #TYY")
        chat.send("yes")
        let own = chat.send("/draft 1 approve")
        #expect(own.contains("You wrote draft 1 yourself, so another trustee approves it"))
        #expect(chat.content["calendar"]?["drafts"]?["1"]?["status"] == "draft")
        chat.session.document.content.setValue(true, at: JSONPointer(tokens: ["groundRules", "selfApproval"]))
        let approved = chat.send("/draft 1 approve")
        #expect(approved.contains("Maija approved draft 1"))
        #expect(approved.contains("You wrote it yourself"))
    }

    @Test("ready and approve need the draft's required parts: a key message, and alt text with an image")
    func approvalNeedsRequiredParts() {
        var document = plan(languages: ["en"])
        document.content.setValue(["channels": ["facebook-page"], "media": "image", "author": "Maija", "status": "draft",
                                   "texts": ["facebook-page": ["en": "Hello"]]],
                                  at: JSONPointer(tokens: ["calendar", "drafts", "1"]))
        var chat = ChatHarness(language: .fi, user: "Olli", document: document)
        chat.session.services.checkServices = { LanguageServices.none }
        #expect(chat.send("/luonnos 1 valmis").contains("Luonnoksesta 1 puuttuu vielä: ydinviesti, vaihtoehtoinen-teksti. Täydennä ne ensin, esim. /muokkaa ydinviesti."))
        #expect(chat.send("/luonnos 1 hyväksy").contains("Luonnoksesta 1 puuttuu vielä: ydinviesti"))
        #expect(chat.content["calendar"]?["drafts"]?["1"]?["status"] == "draft")
    }

    @Test("a plan draft with an image but no alt text shows the error for the whole post and cannot be approved")
    func altTextMissing() {
        var document = plan(languages: ["en"])
        document.content.setValue(["channels": ["facebook-page"], "keyMessage": "Meeting on Tuesday.", "media": "image",
                                   "scheduledAt": "2026-12-01T18:00", "status": "review", "author": "Maija"],
                                  at: JSONPointer(tokens: ["calendar", "drafts", "1"]))
        var chat = ChatHarness(language: .en, user: "Olli", document: document)
        chat.session.services.checkServices = { LanguageServices.none }
        let opened = chat.send("/draft 1")
        #expect(opened.contains("— The post as a whole (image, time) —"))
        #expect(opened.contains("The image has no alt text."))
        #expect(chat.send("/draft approve").contains("Draft 1 still lacks: alt-text. Fill them in first, e.g. /edit alt-text."))
        chat.send("/edit alt-text")
        chat.answer("alt-text", "The board around the meeting table.")
        #expect(chat.send("/draft approve").contains("Olli approved draft 1"))
    }

    /// Counts how often the checkers are opened.
    final class OpenCounter: @unchecked Sendable {
        var opened = 0
    }

    @Test("the checkers are opened once for the session, not for every text and every re-check")
    func checkersOpenedOnce() {
        var chat = harness(.en, languages: ["en", "fi"])
        let counter = OpenCounter()
        chat.session.services.checkServices = {
            counter.opened += 1
            return LanguageServices.none
        }
        writeDraft(&chat, channels: "facebook, instagram", keyMessage: "Meeting on Tuesday.",
                   ["languages": ["finnish"], "version": ["Kokous tiistaina."]])
        #expect(chat.session.flow == nil)
        #expect(chat.all.contains("— Instagram feed, Finnish ("), "four texts were checked")
        chat.send("/edit key-message")
        chat.answer("key-message", "The meeting is on Tuesday.")
        chat.send("/draft 1 approve")
        #expect(counter.opened == 1)
    }

    @Test("copy prints each final text plainly")
    func copy() {
        var chat = harness(.en)
        writeDraft(&chat, channels: "facebook, instagram", keyMessage: "Meeting on Tuesday.", ["link": ["https://tyy.fi"]])
        let copied = chat.send("/draft 1 copy")
        #expect(copied.contains("Facebook page, English:\nMeeting on Tuesday.\n\nhttps://tyy.fi\n\n– Maija, TYY\n\n#TYY #TampereenYlioppilaskunta"))
        #expect(copied.contains("Link in bio."))
    }

    @Test("the Facebook preview marks where “See more” folds a long text, at a word boundary")
    func facebookFold() throws {
        var chat = harness(.en)
        let long = String(repeating: "Members decide together what the union does next year. ", count: 4)
        let shown = writeDraft(&chat, channels: "facebook, instagram", keyMessage: "Vote in the council election.", ["details": [long]])
        let marker = "┄┄ “… See more”: on a phone Facebook folds the text here, after about 125 characters ┄┄"
        #expect(shown.components(separatedBy: marker).count == 2, "marked once, on Facebook only: \(shown)")
        let before = try #require(shown.components(separatedBy: marker).first?.components(separatedBy: "characters) —\n").last)
        #expect(before.count <= 126)
        #expect(before.hasSuffix(" union\n"), "cut at a space, the marker on a line of its own: \(before)")
        let stored = chat.content["calendar"]?["drafts"]?["1"]?["texts"]?["facebook-page"]?["en"]?.stringValue ?? ""
        #expect(!stored.contains("┄"), "the marker is only in the preview")
    }

    @Test("/reply builds a calm answer and checks its tone: an insult is an error to fix before posting")
    func replyMode() throws {
        var chat = harness(.en)
        let intro = chat.send("/reply")
        #expect(intro.contains("Tip 7: don't get provoked."))
        chat.answer("acknowledge", "Thank you for raising this.")
        chat.answer("facts", "You are an idiot if you believe the rumours; the fee stays at 50 euros.")
        let preview = chat.answerFlow([:])
        #expect(preview.contains("We're happy to continue by email: viestinta@tyy.fi"))
        #expect(preview.contains("is an insult. Talk about the issue, not the person"))
        #expect(preview.contains("Fix these before you post"))
        chat.send("/edit facts")
        let fixed = chat.answer("facts", "The fee stays at 50 euros next year; the council decided it on 12 November.")
        #expect(!fixed.contains("is an insult"))
        #expect(fixed.contains("The tone is calm and the facts are there."))
        let reply = try #require(chat.content["interaction"]?["replies"]?["1"])
        #expect(reply["text"] == "Thank you for raising this. The fee stays at 50 euros next year; the council decided it on 12 November.\n\nWe're happy to continue by email: viestinta@tyy.fi\n\n– Maija, TYY")
        #expect(reply["author"] == "Maija")
    }

    @Test("/vastaa in Finnish finds an inflected insult and shouting")
    func replyFinnish() {
        var chat = harness(.fi)
        chat.send("/vastaa")
        chat.answerFlow(["acknowledge": ["Kiitos palautteesta."], "facts": ["Olette idiootteja, JOS ETTE TAJUA tätä!!!"]])
        #expect(chat.all.contains("on haukkumasana. Puhu asiasta, älä ihmisestä"))
        #expect(chat.all.contains("on kirjoitettu isoin kirjaimin. Se luetaan huutamiseksi"))
        #expect(!chat.all.contains("[tone."), "no rule ids in the chat")
        #expect(chat.all.contains("Korjaa nämä ennen julkaisua"))
    }

    @Test("/drafts shows statuses in the chat's language")
    func localizedStatuses() {
        var chat = harness(.fi)
        writeDraft(&chat, keyMessage: "Syyskokous tiistaina.")
        chat.send("/luonnos 1 valmis")
        #expect(chat.send("/luonnokset").contains("#1  valmis tarkistettavaksi"))
    }
}
