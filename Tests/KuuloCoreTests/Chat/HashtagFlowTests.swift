import Testing
@testable import KuuloCore

@Suite("Hashtag flow")
struct HashtagFlowTests {
    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "kind": "student-union"],
                            "hashtags": ["ideas": ["#Fuksiviikko2026", "#Hyvinvointi", "#TYY"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("suggests candidates from the plan, stores tags with role, display form, note, channels, and sets")
    func wholeFlow() throws {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        var segmenting = chat.session
        segmenting.services.segmenter = WordListSegmenter(words: ["tampereen", "ylioppilaskunta", "kevät", "juhla"])
        chat.session = segmenting
        let opening = chat.send("/aihetunnisteet")
        #expect(opening.contains("[#TYY, #TampereenYlioppilaskunta]"))
        chat.answer("brand", "")
        let campaign = chat.transcript.last ?? ""
        #expect(chat.all.contains("[#Fuksiviikko2026, #Vappu2026]"), "\(campaign)")
        chat.answer("campaign", "#Vappu2026 vapun tapahtumat", "#kevätjuhla2026", "")
        #expect(chat.all.contains("[#Hyvinvointi]"))
        chat.answerFlow(["brandChannels": ["1, 2"], "campaignChannels": ["instagram"],
                         "sets": ["tapahtumajulkaisu: #TYY #Vappu2026", "vaalit: #TYY #Vaalit2026"]])
        #expect(chat.session.flow == nil)
        let tags = try #require(chat.content["hashtags"]?["tags"]?.objectValue)
        #expect(tags.keys.sorted() == ["hyvinvointi", "kevätjuhla2026", "tampereenylioppilaskunta", "tyy", "vappu2026"])
        #expect(tags["tyy"] == ["tag": "TYY", "display": "TYY", "role": "brand", "channels": ["instagram", "facebook"]])
        #expect(tags["vappu2026"]?["note"] == "vapun tapahtumat")
        #expect(tags["vappu2026"]?["channels"] == ["instagram"])
        #expect(tags["kevätjuhla2026"]?["display"] == "KevätJuhla2026")
        #expect(tags["hyvinvointi"]?["role"] == "topic")
        #expect(tags["hyvinvointi"]?["channels"] == nil)
        #expect(chat.content["hashtags"]?["sets"]?["vaalit"] == ["name": "vaalit", "tags": ["#TYY", "#Vaalit2026"]])
        #expect(chat.session.document.history.last?.summary == "Aihetunnisteet")
        #expect(chat.all.contains("• Tunnistejoukot: tapahtumajulkaisu: #TYY #Vappu2026, vaalit: #TYY #Vaalit2026"))
    }

    @Test("each tag is validated as it is typed, and a set with a broken tag or shape is refused")
    func validation() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.send("/hashtags")
        #expect(chat.send("#TYY-news").contains("would end at “-”"))
        #expect(chat.send("#TYY 🎉").isEmpty, "a note after the tag is fine")
        chat.answer("brand", "")
        chat.answerFlow([:], until: "sets")
        #expect(chat.send("no colon here").contains("Write a set as a name, a colon and its tags"))
        #expect(chat.send("events: #2026").contains("is only digits"))
    }

    @Test("running it again shows the tags by role and keeps them with Enter; the other roles stay")
    func rerun() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.send("/hashtags")
        chat.answerFlow(["brand": ["#TYY"], "campaign": ["#Vappu2026"], "brandChannels": ["1"], "campaignChannels": ["2"]])
        #expect(chat.content["hashtags"]?["tags"]?.objectValue?.count == 3)
        let again = chat.send("/hashtags")
        #expect(again.contains("Now: #TYY"))
        chat.answer("brand", "")
        chat.answer("campaign", "")
        #expect(chat.all.contains("Now: #Vappu2026"))
        chat.answer("topic", "z")
        chat.send("/cancel")
        #expect(chat.content["hashtags"]?["tags"]?.objectValue?.keys.sorted() == ["hyvinvointi", "tyy", "vappu2026"])
    }
}
