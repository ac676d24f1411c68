import Testing
@testable import KuuloCore

@Suite("Setup flow")
struct SetupFlowTests {
    @Test("a new plan starts the setup; answers land in the plan, one save per answer, and a revision at the end (Finnish)")
    func finnishSetup() throws {
        var chat = ChatHarness(language: .fi)
        #expect(chat.all.contains("Tervetuloa Kuuloon"))
        #expect(chat.all.contains("Mikä on järjestönne koko nimi?"))
        #expect(chat.currentStep?.id == "name")
        chat.answer("name", "Tampereen ylioppilaskunta")
        #expect(chat.persists == 1)
        #expect(chat.content["organisation"]?["name"] == "Tampereen ylioppilaskunta")
        chat.answerFlow(["shortName": ["TYY"], "languages": ["1, 3"], "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        let organisation = try #require(chat.content["organisation"])
        #expect(organisation["shortName"] == "TYY")
        #expect(organisation["kind"] == "student-union")
        #expect(organisation["languages"] == ["fi", "en"])
        #expect(organisation["values"] == ["kuuntelu", "vuorovaikutus", "opiskelijalähtöisyys"])
        #expect(chat.content["trustees"]?["maija-meikalainen"] == ["name": "Maija Meikäläinen", "role": "viestintävastaava"])
        #expect(chat.session.userName == "Maija Meikäläinen")
        #expect(chat.remembered == ["Maija Meikäläinen"])
        #expect(chat.session.document.revision == 1)
        #expect(chat.session.document.history.first?.summary == "Perustiedot: TYY")
        #expect(chat.session.document.history.first?.author == "Maija Meikäläinen")
        #expect(chat.session.flow == nil)
        #expect(chat.all.contains("Kiitos! TYY:n perustiedot on tallennettu suunnitelmaan."))
        // The forms of the name are made, stored in the plan and shown, so the trustee can correct them.
        let forms = try #require(chat.content["organisation"]?["nameForms"])
        #expect(forms["of"] == "TYY")
        #expect(forms["fi"]?["genitive"] == "TYY:n")
        #expect(forms["fi"]?["illative"] == "TYY:hyn")
        #expect(forms["en"]?["possessive"] == "TYY’s")
        #expect(chat.all.contains("Taivutan nimen TYY näin: TYY:n, TYY:tä, TYY:hyn, TYY:ssä"))
        #expect(chat.all.contains("/nimenmuodot"))
    }

    @Test("a command typed before setup has named the organisation says 'the organisation' in its cases, never a bare placeholder")
    func commandBeforeTheName() {
        var finnish = ChatHarness(language: .fi, user: "Aino")
        let hashtags = finnish.send("/aihetunnisteet")
        #expect(hashtags.contains("Valitaan järjestön aihetunnisteet."), "\(hashtags)")
        #expect(hashtags.contains("edustavat itse järjestöä?"), "\(hashtags)")
        #expect(!hashtags.contains("{"), "\(hashtags)")
        var english = ChatHarness(language: .en, user: "Alex")
        let channels = english.send("/channels")
        #expect(channels.contains("each of your organisation’s channels"), "\(channels)")
        #expect(!channels.contains("{"), "\(channels)")
    }

    @Test("the same setup in English, with values typed one a line")
    func englishSetup() throws {
        var chat = ChatHarness(language: .en)
        #expect(chat.all.contains("What is your organisation's full name?"))
        chat.answerFlow(["name": ["Student Union of Example University"], "kind": ["association"], "languages": ["English"],
                        "values": ["openness", "listening"], "userName": ["Alex Example"]])
        let organisation = try #require(chat.content["organisation"])
        #expect(organisation["shortName"] == nil)
        #expect(organisation["kind"] == "association")
        #expect(organisation["languages"] == ["en"])
        #expect(organisation["values"] == ["openness", "listening"])
        #expect(chat.content["trustees"]?["alex-example"]?["name"] == "Alex Example")
        #expect(chat.session.document.history.first?.summary == "Setup: Student Union of Example University")
    }

    @Test("validation re-asks with a clear message, and a required answer cannot be skipped")
    func validation() {
        var chat = ChatHarness(language: .en)
        let emptyReply = chat.send("")
        #expect(emptyReply.contains("This one needs an answer."))
        #expect(emptyReply.contains("What is your organisation's full name?"))
        #expect(chat.currentStep?.id == "name")
        let skipReply = chat.send("/skip")
        #expect(skipReply.contains("This one is needed before we can go on."))
        chat.answer("name", "Org")
        chat.answer("shortName", "O")
        let badChoice = chat.answer("kind", "7")
        #expect(badChoice.contains("Please choose one of the options by its number (1–4) or name."))
        #expect(chat.currentStep?.id == "kind")
        chat.answer("kind", "")
        let badMulti = chat.answer("languages", "klingon")
        #expect(badMulti.contains("“klingon” is not one of the options (1–3)."))
    }

    @Test("/back returns to the previous question and shows the answer given; Enter keeps it")
    func back() {
        var chat = ChatHarness(language: .fi)
        chat.answer("name", "Järjestö ry")
        let reply = chat.send("/takaisin")
        #expect(reply.contains("Mikä on järjestönne koko nimi?"))
        #expect(chat.currentStep?.id == "name")
        #expect(reply.contains("Nyt: Järjestö ry"))
        chat.send("")
        #expect(chat.currentStep?.id == "shortName")
        #expect(chat.content["organisation"]?["name"] == "Järjestö ry")
    }

    @Test("? shows the step's help and the question goes on")
    func help() {
        var chat = ChatHarness(language: .en)
        chat.answerFlow(["name": ["Org"]], until: "values")
        let reply = chat.send("?")
        #expect(reply.contains("member-centredness"))
        #expect(chat.currentStep?.id == "values")
    }

    @Test("/cancel puts the plan back as it was before the flow")
    func cancel() {
        var chat = ChatHarness(language: .en)
        chat.answer("name", "Org")
        chat.answer("shortName", "ORG")
        #expect(chat.content["organisation"]?["shortName"] == "ORG")
        let reply = chat.send("/cancel")
        #expect(reply.contains("Cancelled"))
        #expect(chat.content == .object([:]))
        #expect(chat.session.flow == nil)
    }

    @Test("a \"\"\" block answers a list question with one item a line")
    func blockList() {
        var chat = ChatHarness(language: .en)
        chat.answerFlow(["name": ["Org"]], until: "values")
        chat.send("\"\"\"", "openness", "courage", "\"\"\"")
        #expect(chat.content["organisation"]?["values"] == ["openness", "courage"])
        #expect(chat.currentStep?.id == "userName")
    }

    @Test("an existing list can be kept or added to, and replacing it (= first) is asked first")
    func listKeepAddReplace() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Org", "values": ["a"]]]
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        chat.send("/setup")
        chat.answerFlow([:], until: "values")
        #expect(chat.all.contains("Lines you type are added to it; to replace the whole list, start the first line with ="))
        chat.answer("values", "")
        #expect(chat.currentStep?.id == "userName")
        #expect(chat.content["organisation"]?["values"] == ["a"])
        chat.send("/back")
        #expect(chat.answer("values", "b", "a", "c").contains("Added to the list: b, c. It now has 3 items."))
        #expect(chat.content["organisation"]?["values"] == ["a", "b", "c"])
        chat.send("/back")
        chat.answer("values", "+d")
        #expect(chat.content["organisation"]?["values"] == ["a", "b", "c", "d"])
        chat.send("/back")
        let asked = chat.answer("values", "= z")
        #expect(asked.contains("This replaces the current list (a, b, c, d) with: z. Replace it? (y/n)"))
        #expect(chat.content["organisation"]?["values"] == ["a", "b", "c", "d"])
        #expect(chat.send("maybe").contains("Please answer yes or no"))
        #expect(chat.send("n").contains("The list was left as it was."))
        #expect(chat.content["organisation"]?["values"] == ["a", "b", "c", "d"])
        #expect(chat.currentStep?.id == "values")
        chat.answer("values", "=z")
        #expect(chat.send("y").contains("List replaced: z."))
        #expect(chat.content["organisation"]?["values"] == ["z"])
        #expect(chat.currentStep?.id == "userName")
    }

    @Test("an existing plan greets the user and, when nobody is named, asks who is speaking")
    func identify() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Org", "shortName": "ORG"]]
        var chat = ChatHarness(language: .fi, document: document)
        #expect(chat.all.contains("Hei! Suunnitelma auki: ORG"))
        #expect(chat.all.contains("Kuka olet?"))
        chat.answerFlow(["userName": ["Pekka Puupää"], "userRole": ["hallituksen jäsen"]])
        #expect(chat.session.userName == "Pekka Puupää")
        #expect(chat.content["trustees"]?["pekka-puupaa"]?["role"] == "hallituksen jäsen")
        #expect(chat.session.document.history.last?.summary == "Uusi luottamustoimija")
    }
}
