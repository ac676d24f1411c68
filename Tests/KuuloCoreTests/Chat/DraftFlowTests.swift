import Testing
@testable import KuuloCore

@Suite("Draft flow")
struct DraftFlowTests {
    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]],
                            "trustees": ["maija": ["name": "Maija", "signature": "– Maija, TYY"]],
                            "channels": ["instagram-feed": ["kind": "instagram-feed"], "facebook-page": ["kind": "facebook-page"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("builds a draft piece by piece, puts it together per channel (link in bio on Instagram) and checks it")
    func wholeDraft() throws {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.send("/draft")
        chat.answerFlow(["channels": ["facebook page, instagram"], "key-message": ["The autumn party is on Friday!"],
                         "details": ["At the student house from 18, for all members."], "call-to-action": ["Sign up now!"],
                         "link": ["https://tyy.fi/party"], "hashtags": ["#TYY", "#a1", "#b2", "#c3", "#d4", "#e5"], "media": ["2"]],
                        until: "alt-text")
        #expect(chat.answer("alt-text", "").contains("This one needs an answer."), "alt text is required with an image")
        chat.answer("alt-text", "A crowd dancing in the hall.")
        #expect(chat.answer("scheduled-at", "next friday").contains("Please give a date and time"))
        chat.answer("scheduled-at", "4.12.2026 18.00")
        #expect(chat.session.flow == nil)
        let draft = try #require(chat.content["calendar"]?["drafts"]?["1"])
        #expect(draft["status"] == "draft")
        #expect(draft["scheduledAt"] == "2026-12-04T18:00")
        #expect(draft["timeZone"] == "Europe/Helsinki")
        #expect(draft["altText"] == "A crowd dancing in the hall.")
        #expect(draft["author"] == "Maija")
        let instagram = try #require(draft["texts"]?["instagram-feed"]?["en"]?.stringValue)
        #expect(instagram.contains("Sign up now! Link in bio."))
        #expect(!instagram.contains("https://"))
        #expect(instagram.hasSuffix("#TYY #a1 #b2 #c3 #d4 #e5"))
        let facebook = try #require(draft["texts"]?["facebook-page"]?["en"]?.stringValue)
        #expect(facebook.contains("Sign up now! https://tyy.fi/party"))
        #expect(facebook.contains("\n\n– Maija, TYY\n\n"))
        #expect(chat.all.contains("[hashtag.count]"), "six tags on Instagram is an error")
        #expect(chat.session.document.history.last?.summary == "Draft 1: Maija")
        #expect(chat.send("/drafts").contains("#1  draft  Fri 4 Dec 2026, 18:00  The autumn party is on Friday!"))
    }

    @Test("without an image no alt text is asked, and the next draft gets the next number")
    func noImageAndNumbering() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/luonnos")
        chat.answerFlow(["channels": ["1"], "key-message": ["Kokous huomenna."]])
        #expect(chat.session.flow == nil)
        #expect(!chat.all.contains("vaihtoehtoinen teksti"))
        chat.send("/luonnos")
        chat.answerFlow(["channels": ["2"], "key-message": ["Toinen."]])
        #expect(chat.content["calendar"]?["drafts"]?.objectValue?.keys.sorted() == ["1", "2"])
        #expect(chat.content["calendar"]?["drafts"]?["2"]?["texts"]?["instagram-feed"]?["fi"] == "Toinen.\n\n– Maija, TYY\n\n#TYY #TampereenYlioppilaskunta", "Enter takes the suggested brand tags")
    }

    @Test("dates and times are read as people type them, and impossible ones are refused")
    func dateTimes() {
        #expect(LocalDateTimeText.parse("2026-12-01 18:00") == "2026-12-01T18:00")
        #expect(LocalDateTimeText.parse("1.12.2026 klo 18") == "2026-12-01T18:00")
        #expect(LocalDateTimeText.parse("29.2.2028 9.30") == "2028-02-29T09:30")
        #expect(LocalDateTimeText.parse("29.2.2027 9.30") == nil)
        #expect(LocalDateTimeText.parse("31.4.2026 12.00") == nil)
        #expect(LocalDateTimeText.parse("tomorrow") == nil)
    }
}
