import Testing
import KuuloData
@testable import KuuloCore

/// Going back, skipping and stopping asked for in words while Kuulo asks its questions ("ohita tämä",
/// "go back"): the first two run, said so; stopping is only offered, so no answer is thrown away on a guess.
@Suite("Chat: going back, skipping and stopping asked in words during the questions")
struct FlowNavigationTests {
    @Test("a request to skip, typed as the answer, skips the question, writes nothing and says how to answer it after all")
    func skipInWords() {
        var chat = ChatHarness(language: .fi)
        chat.answer("name", "Kemian opiskelijat ry")
        let reply = chat.send("ohitetaan tämä kysymys")
        #expect(reply.contains("→ /ohita"), "\(reply)")
        #expect(reply.contains("/takaisin"))
        #expect(chat.currentStep?.id != "shortName")
        #expect(chat.content["organisation"]?["shortName"] == nil)
        var english = ChatHarness(language: .en)
        english.answer("name", "Chemistry students")
        #expect(english.send("skip this one for now").contains("→ /skip"))
        #expect(english.content["organisation"]?["shortName"] == nil)
    }

    @Test("a request to go back, typed as the answer, returns to the previous question with its answer shown")
    func backInWords() {
        var chat = ChatHarness(language: .en)
        chat.answer("name", "Chemistry students")
        let reply = chat.send("wait, go back to the previous question")
        #expect(reply.contains("→ /back"), "\(reply)")
        #expect(chat.currentStep?.id == "name")
        #expect(chat.content["organisation"]?["name"] == "Chemistry students")
    }

    @Test("a request to stop is offered as /cancel and /quit; the answers stay and the question is asked again")
    func cancelIsOnlyOffered() {
        var chat = ChatHarness(language: .fi)
        chat.answer("name", "Kemian opiskelijat ry")
        let reply = chat.send("peru koko juttu")
        #expect(reply.contains("/peru hylkää"), "\(reply)")
        #expect(reply.contains("/lopeta"))
        #expect(chat.currentStep?.id == "shortName")
        #expect(chat.content["organisation"]?["name"] == "Kemian opiskelijat ry")
        #expect(chat.session.flow != nil)
    }

    @Test("the same words given as a \"\"\" block are the answer")
    func blockIsAnAnswer() {
        var chat = ChatHarness(language: .fi)
        chat.answer("name", "Kemian opiskelijat ry")
        chat.send("\"\"\"", "ohita", "\"\"\"")
        #expect(chat.content["organisation"]?["shortName"] == "ohita")
    }

    @Test("ordinary short answers are answers")
    func answersStayAnswers() {
        // One chat a language: each builds the intent model once.
        let answers: [Language: [String]] = [
            .fi: ["Kemian opiskelijat ry", "KeO", "Seuraava hallitus", "en tiedä vielä", "Instagram ja Facebook", "kerran viikossa",
                  "puheenjohtaja päättää", "ei ole", "palautetta jäsenille takaisin viikoittain", "perutut tapahtumat ja muutokset"],
            .en: ["Chemistry students", "CHEM", "the board decides", "once a week", "next year's board",
                  "go back to basics with our posts", "cancelled events and changes", "stop posting until the chair decides"],
        ]
        for (language, lines) in answers {
            let chat = ChatHarness(language: language)
            for answer in lines {
                #expect(chat.session.navigationAction(answer) == nil, "\(answer)")
            }
        }
    }

    @Test("every example of the back, skip and cancel intents has a word of Prompts/navigation.yaml, or it could never be read")
    func everyExampleHasACue() {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let catalog = IntentCatalog(data: data)
        for language in [Language.fi, .en] {
            let cues = NavigationCues(data: data, language: language)
            #expect(!cues.beginnings.isEmpty)
            for id in ["back", "skip", "cancel"] {
                let examples = catalog.intent(id)?.examples[language] ?? []
                #expect(!examples.isEmpty, "\(id)")
                for example in examples {
                    #expect(cues.mayAsk(example), "\(id): \(example)")
                }
            }
            #expect(!cues.mayAsk("Kemian opiskelijat ry") && !cues.mayAsk("the board decides"))
        }
    }
}
