import KuuloData
import Testing
@testable import KuuloCore

@Suite("Channel flow")
struct ChannelFlowTests {
    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi", "en"]],
                            "trustees": ["maija": ["name": "Maija"], "pekka": ["name": "Pekka"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("chooses channels from the catalogue and asks each one's purpose, audience, cadence and owners, with defaults")
    func wholeFlow() throws {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        let opening = chat.send("/channels")
        #expect(opening.contains("Who do you want to reach?"))
        chat.answer("audiences", "members", "new students", "")
        let choose = chat.transcript.suffix(2).joined(separator: "\n")
        #expect(choose.contains("Which channels does TYY use?"))
        #expect(choose.contains("Facebook page"))
        chat.answer("choose", "instagram feed, facebook page")
        #expect(chat.all.contains("Channel 1/2: Facebook page"))
        chat.answerFlow(["channelAudiences/facebook-page": ["1"], "owners/facebook-page": ["1"],
                         "purpose/instagram-feed": ["Everyday life and faces of the union"], "channelAudiences/instagram-feed": ["1, 2"],
                         "owners/instagram-feed": ["1, 2"]])
        #expect(chat.all.contains("Channel 2/2: Instagram"))
        #expect(chat.session.flow == nil)
        let channels = try #require(chat.content["channels"]?.objectValue)
        #expect(channels.keys.sorted() == ["facebook-page", "instagram-feed"])
        #expect(channels["instagram-feed"]?["purpose"] == "Everyday life and faces of the union")
        #expect(channels["instagram-feed"]?["owners"] == ["Maija", "Pekka"])
        #expect(channels["facebook-page"]?["purpose"]?.stringValue?.isEmpty == false, "the catalogue's default purpose was taken")
        #expect(channels["facebook-page"]?["cadence"]?["min"]?.intValue != nil)
        #expect(channels["facebook-page"]?["cadence"]?["per"] == "week")
        #expect(channels["facebook-page"]?["languages"] == nil, "languages, tone, content, response time and metrics wait for /channels <name>")
        #expect(chat.all.contains("[16/16]"), "one counter over the whole run: 2 questions, then 7 for each of 2 channels")
        #expect(!chat.all.contains("[1/7]"))
        #expect(chat.session.document.history.last?.summary == "Channels")
        #expect(chat.all.contains("Every channel is on social media."), "no channel reaches members outside social media")
    }

    @Test("== takes the suggestions for the rest of a channel's questions in one step and says which it filled; the next channel goes on")
    func restAsSuggested() throws {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        let opening = chat.send("/kanavat")
        #expect(opening.contains("[1] "), "the total is not known before the channels are chosen: \(opening)")
        #expect(!opening.contains("[1/9]"))
        chat.send("", "instagram-syöte, facebook-sivu")
        let first = chat.transcript.suffix(3).joined(separator: "\n")
        #expect(first.contains("[3/16]"), "\(first)")
        #expect(first.contains("== loput tämän kanavan kysymykset ehdotusten mukaan"))
        let filled = chat.send("==")
        let channels = try #require(chat.content["channels"]?.objectValue)
        let facebook = try #require(channels["facebook-page"])
        #expect(facebook["purpose"]?.stringValue?.isEmpty == false)
        #expect(facebook["cadence"]?["per"] == "week")
        #expect(facebook["cadence"]?["min"]?.intValue != nil && facebook["cadence"]?["max"]?.intValue != nil)
        #expect(facebook["owners"] == nil, "a question without a suggestion is left as it was")
        // The catalogue's typical groups for the channel that the plan has (Facebook: jäsenet, alumnit,
        // sidosryhmät — the plan's group is "sidosryhmät ja media", not the same), so the channel map's advice
        // names real gaps; "jäsenet" is not "somen ulkopuolella olevat jäsenet".
        #expect(facebook["audiences"] == ["jäsenet", "alumnit"], "\(facebook)")
        #expect(filled.contains("Facebook-sivu: loput täytetty ehdotusten mukaan – Tarkoitus: "), "\(filled)")
        #expect(filled.contains("Julkaisuja vähintään: "))
        #expect(!filled.contains("Vastuuhenkilöt:"), "only what was filled is named")
        #expect(filled.contains("Kanava 2/2") && filled.contains("[10/16]"), "on to the next channel's first question: \(filled)")
        chat.send("Arki ja kasvot", "==")
        #expect(chat.session.flow == nil)
        #expect(chat.content["channels"]?["instagram-feed"]?["purpose"] == "Arki ja kasvot", "an answer given is kept")
        // A second run over channels the plan has counts them from the first question.
        let again = chat.send("/kanavat")
        #expect(again.contains("[1/16]"), "\(again)")
    }

    @Test("== on the next channel takes the previous channel's owners, the answer '=' offers, instead of leaving the channel without one (a user trial)")
    func restTakesPreviousOwners() throws {
        var document = plan()
        document.content.setValue(["kind": "facebook-page", "owners": ["Pekka"], "substitutes": ["Maija"]], at: JSONPointer(tokens: ["channels", "facebook-page"]))
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        chat.send("/kanavat")
        chat.send("", "instagram-syöte, facebook-sivu")
        chat.send("==")
        #expect(chat.content["channels"]?["facebook-page"]?["owners"] == ["Pekka"], "an answer already given is kept")
        let second = chat.send("Arki ja kasvot", "==")
        #expect(chat.content["channels"]?["instagram-feed"]?["owners"] == ["Pekka"], "\(second)")
        #expect(chat.content["channels"]?["instagram-feed"]?["substitutes"] == ["Maija"])
        #expect(second.contains("Vastuuhenkilöt: Pekka"), "the filled answers are named: \(second)")
    }

    @Test("== on a channel that fills only the rhythm's unit says what it saved, not that nothing new came in (a user trial)")
    func restFillingOneAnswerIsListed() throws {
        var document = plan()
        let website: JSONValue = ["kind": "website", "purpose": "Tiedotteet", "audiences": ["jäsenet"], "owners": ["Maija"], "substitutes": ["Pekka"],
                                  "cadence": ["min": 1, "max": 2], "contentTypes": ["tiedotteet"], "tone": "Asiallinen", "languages": ["fi"],
                                  "responseTime": "1-week", "metrics": ["kävijät"]]
        document.content.setValue(website, at: JSONPointer(tokens: ["channels", "website"]))
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        chat.send("/kanavat verkkosivut")
        let said = chat.send("==")
        #expect(chat.content["channels"]?["website"]?["cadence"]?["per"] == "week")
        #expect(chat.session.flow == nil)
        #expect(!said.contains("ei tällä kertaa tullut mitään uutta"), "\(said)")
        #expect(said.contains("Suunnitelmaan lisättiin:\n  • Verkkosivut – Tahti lasketaan: viikossa"), "\(said)")
    }

    @Test("the advice names unreached audiences, missing owners, overlap and an unrealistic cadence")
    func advice() {
        var content: JSONValue = ["organisation": ["audiences": ["members", "alumni"]],
                                  "channels": ["instagram-feed": ["kind": "instagram-feed", "name": "Instagram", "purpose": "Same", "audiences": ["members"], "owners": ["Maija"], "cadence": ["min": 5]],
                                               "facebook-page": ["kind": "facebook-page", "name": "Facebook", "purpose": "same!", "audiences": ["members"], "cadence": ["min": 3]],
                                               "website": ["kind": "website", "name": "Website", "owners": ["Maija"], "removed": true]]]
        let catalogue = ChannelCatalogue(data: DataFiles(embedded: EmbeddedFiles.all))
        let keys: [MessageKey] = ChannelAdvisor.advise(content, catalogue: catalogue, language: .en).map(\.key)
        #expect(keys == [.channelAdviceUnreached, .channelAdviceOffline, .channelAdviceNoOwner, .channelAdviceCadence, .channelAdviceOverlap])
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let shown = FlowCompletionHandler.channelAdvice(content, resources: resources, language: .en).compactMap { effect -> String? in
            if case .say(let message) = effect { return message.text }
            return nil
        }.joined()
        #expect(shown.contains("at least 8 posts a week, and one person runs them all"), "one owner is not '1 people': \(shown)")
        content.setValue(nil, at: JSONPointer(tokens: ["channels", "website", "removed"]))
        content.setValue(["members", "alumni"], at: JSONPointer(tokens: ["channels", "website", "audiences"]))
        let after: [MessageKey] = ChannelAdvisor.advise(content, catalogue: catalogue, language: .en).map(\.key)
        #expect(!after.contains(MessageKey.channelAdviceOffline))
        #expect(!after.contains(MessageKey.channelAdviceUnreached))
    }

    @Test("/channels NAME reopens one channel; leaving a channel out marks it removed and keeps what was decided")
    func reopenAndRemove() throws {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/kanavat")
        chat.answer("audiences", "")
        chat.answer("choose", "instagram, verkkosivut")
        chat.answerFlow(["purpose/instagram-feed": ["Arki"], "purpose/website": ["Virallinen tieto"], "channelAudiences": ["1"],
                         "owners/instagram-feed": ["1"], "owners/website": ["2"]])
        let reopen = chat.send("/kanavat instagram")
        #expect(reopen.contains("Kanava 1/1: Instagram"))
        #expect(reopen.contains("Nyt: Arki"))
        chat.answer("purpose", "Arki ja kasvot")
        chat.send("/peru")
        #expect(chat.content["channels"]?["instagram-feed"]?["purpose"] == "Arki")
        chat.send("/kanavat")
        chat.answer("audiences", "")
        chat.answer("choose", "verkkosivut")
        #expect(chat.content["channels"]?["instagram-feed"]?["removed"] == true)
        #expect(chat.content["channels"]?["instagram-feed"]?["purpose"] == "Arki")
        #expect(chat.send("/kanavat myspace").contains("Kanavaa ”myspace” ei ole"))
    }

    @Test("an owner or substitute who is not yet a trustee is added on the spot; a newsletter counts its rhythm a month")
    func ownerOnTheSpot() throws {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/kanavat")
        chat.answer("audiences", "")
        chat.answer("choose", "uutiskirje")
        let run = chat.answerFlow(["owners": ["Matti Virtanen"], "substitutes": ["Pekka, Liisa"]])
        let newsletter = try #require(chat.content["channels"]?["newsletter"])
        #expect(newsletter["owners"] == ["Matti Virtanen"])
        #expect(newsletter["substitutes"] == ["Pekka", "Liisa"])
        #expect(newsletter["cadence"]?["per"] == "month")
        #expect(run.contains("Kuinka monta julkaisua kuukaudessa vähintään?"))
        #expect(!run.contains("Vastausaika") && !run.contains("Kuinka nopeasti"), "no response time in a run over all channels")
        #expect(chat.content["trustees"]?["matti-virtanen"]?["name"] == "Matti Virtanen")
        #expect(chat.content["trustees"]?["liisa"]?["name"] == "Liisa")
        #expect(chat.content["trustees"]?.objectValue?.count == 4, "Pekka was already a trustee")
        chat.send("/kanavat uutiskirje")
        let one = chat.answerFlow([:])
        #expect(one.contains("Millä kielillä?"), "the other questions are asked for one channel")
        #expect(one.contains("Kuinka nopeasti siellä vastataan kysymyksiin?"))
    }

    @Test("'=' answers a channel's question as it was answered for the channel before")
    func sameAsBefore() throws {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.send("/channels")
        chat.answer("audiences", "")
        chat.answer("choose", "instagram feed, website")
        let run = chat.answerFlow(["owners/instagram-feed": ["Maija, Pekka"], "substitutes/instagram-feed": ["Liisa"], "cadenceMin/instagram-feed": ["2"],
                                   "owners/website": ["="], "substitutes/website": ["="], "cadenceMin/website": ["="]])
        #expect(run.contains("= the same as for the channel before (Maija, Pekka)"))
        let website = try #require(chat.content["channels"]?["website"])
        #expect(website["owners"] == ["Maija", "Pekka"])
        #expect(website["substitutes"] == ["Liisa"])
        #expect(website["cadence"]?["min"] == 2)
    }
}
