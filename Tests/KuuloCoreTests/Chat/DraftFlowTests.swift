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
        let refusal = chat.answer("scheduled-at", "next blursday")
        #expect(refusal.contains("I could not read a time from that. Try e.g."))
        #expect(!refusal.contains("When should it go out?"), "a refusal says what works, without the whole question again")
        #expect(chat.answer("scheduled-at", "Fri 4 Dec 6pm").contains("Time: Fri 4 Dec 2026, 18:00."))
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
        #expect(chat.all.contains("Instagram takes at most 5 hashtags per post; this has 6."), "six tags on Instagram is an error")
        #expect(!chat.all.contains("[hashtag.count]"), "no rule ids in the chat")
        #expect(chat.session.document.history.last?.summary == "Draft 1")
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

    @Test("a Finnish time typed as people say it is echoed back in Finnish")
    func finnishTimeEcho() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/luonnos")
        chat.answerFlow(["channels": ["1"], "key-message": ["Kokous huomenna."]], until: "scheduled-at")
        // The harness's clock is Wednesday 18 November 2026, 13.06 in Helsinki.
        #expect(chat.answer("scheduled-at", "huomenna klo 12").contains("Aika: to 19.11.2026 klo 12.00."))
        #expect(chat.content["calendar"]?["drafts"]?["1"]?["scheduledAt"] == "2026-11-19T12:00")
    }
}

@Suite("Draft flow: unfinished drafts and corrections")
struct DraftResumeTests {
    func plan() -> PlanDocument { DraftFlowTests().plan() }

    @Test("a draft left at a question is named in the next greeting and goes on from its first unanswered part")
    func resume() throws {
        var first = ChatHarness(language: .en, user: "Maija", document: plan())
        first.send("/draft")
        first.answerFlow(["channels": ["facebook page"], "key-message": ["Meeting on Tuesday."]], until: "details")
        // The session ends here (Ctrl-D); the next one starts on the plan as it was saved.
        var next = ChatHarness(language: .en, user: "Maija", document: first.session.document)
        #expect(next.transcript.joined(separator: "\n").contains("Draft 1 was left unfinished. /draft 1 picks up where you left off."))
        let resumed = next.send("/draft 1")
        #expect(resumed.contains("Draft 1 was left unfinished. Let's carry on where you left off."))
        #expect(next.currentStep?.id == "details")
        next.answerFlow(["details": ["In the board room at 18."]])
        #expect(next.session.flow == nil)
        let draft = try #require(next.content["calendar"]?["drafts"]?["1"])
        #expect(draft["keyMessage"] == "Meeting on Tuesday.")
        #expect(draft["status"] == "draft")
        #expect(draft["texts"]?["facebook-page"]?["en"]?.stringValue?.hasPrefix("Meeting on Tuesday.\n\nIn the board room at 18.") == true)
        #expect(next.content["calendar"]?["drafts"]?.objectValue?.count == 1, "no second draft was started")
        var third = ChatHarness(language: .en, user: "Maija", document: next.session.document)
        #expect(!third.transcript.joined(separator: "\n").contains("unfinished"))
        #expect(third.send("/drafts").contains("#1  draft"))
    }

    @Test("a required part skipped before the interruption is asked first")
    func resumeAtRequiredPart() {
        var document = plan()
        document.content.setValue(["channels": ["facebook-page"], "purpose": "Events", "details": "At 18."],
                                  at: JSONPointer(tokens: ["calendar", "drafts", "1"]))
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        #expect(chat.transcript.joined(separator: "\n").contains("Luonnos 1 jäi kesken. /luonnos 1 jatkaa siitä, mihin jäit."))
        chat.send("/luonnos 1")
        #expect(chat.currentStep?.id == "key-message")
    }

    @Test("a published post is not edited: /edit offers a correction, which is a new draft linked to it")
    func correction() throws {
        var document = plan()
        let published: JSONValue = ["channels": ["facebook-page"], "keyMessage": "Meeting on Tuesday.", "status": "published", "author": "Maija",
                                    "publishedBy": "Olli", "texts": ["facebook-page": ["fi": "Meeting on Tuesday."]]]
        document.content.setValue(published, at: JSONPointer(tokens: ["calendar", "drafts", "1"]))
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        let opened = chat.send("/draft 1")
        #expect(opened.contains("Draft 1 is already published, so it is not changed afterwards. /draft 1 correct makes a correction of it as a new draft."))
        #expect(chat.send("/edit key-message").contains("Draft 1 is already published"))
        #expect(chat.session.flow == nil)
        let corrected = chat.send("/draft 1 correct")
        #expect(corrected.contains("Draft 2 is a correction to post 1. The published text stays in the plan as it was."))
        #expect(chat.content["calendar"]?["drafts"]?["1"] == published, "the published record is untouched")
        let draft = try #require(chat.content["calendar"]?["drafts"]?["2"])
        #expect(draft["correctionOf"] == "1")
        #expect(draft["status"] == "draft")
        #expect(draft["keyMessage"] == "Meeting on Tuesday.")
        #expect(draft["publishedBy"] == nil)
        chat.send("/edit key-message")
        chat.answer("key-message", "Correction: the meeting is on Wednesday.")
        #expect(chat.content["calendar"]?["drafts"]?["2"]?["keyMessage"] == "Correction: the meeting is on Wednesday.")
        #expect(chat.content["calendar"]?["drafts"]?["1"] == published)
        #expect(chat.send("/draft 2 correct").contains("Draft 2 is not published, so you can change it directly"))
    }
}
