import Foundation
import Testing
import KuuloData
@testable import KuuloCore

/// The pieces taken out of `ChatSession`, exercised on their own, without a chat.
@Suite("Chat parts without the chat")
struct ChatPartsTests {
    let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))

    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "Perustiedot")
        return document
    }

    func planWithDraft() -> JSONValue {
        var content = plan().content
        content.setValue(["status": "draft", "keyMessage": "Hei"], at: pointer("/calendar/drafts/1"))
        return content
    }

    func messages(_ effects: [ChatEffect]) -> [ChatMessage] {
        effects.compactMap { if case .say(let message) = $0 { return message } else { return nil } }
    }

    @Test("the conflict resolver asks again on an unclear answer and merges with the side chosen")
    func conflictResolver() throws {
        let base = plan()
        var ours = base
        ours.content.setValue("Mine", at: pointer("/organisation/coreMessage"))
        var theirs = base
        theirs.content.setValue("Theirs", at: pointer("/organisation/coreMessage"))
        var resolver = ConflictResolver(outcome: PlanMerge.merge(base: base, ours: ours, theirs: theirs),
                                        messages: resources.messages, language: .en)
        #expect(messages(resolver.opening()).contains { $0.text.contains("organisation › coreMessage") }, "without names, the path's words; never a JSON pointer")
        guard case .ask(let again) = resolver.answer("maybe") else {
            Issue.record("an unclear answer must be asked again")
            return
        }
        #expect(messages(again).first?.style == .error)
        guard case .resolved(let merged) = resolver.answer("t") else {
            Issue.record("the only conflict was answered")
            return
        }
        #expect(merged.content["organisation"]?["coreMessage"] == "Theirs")
    }

    @Test("plan commands save, undo and list revisions, and export next to the plan")
    func planCommands() {
        var document = plan()
        document.content.setValue("Yhdessä", at: pointer("/organisation/coreMessage"))
        var commands = PlanCommands(document: document, undoTarget: nil, resources: resources, language: .en, userName: "Maija",
                                    planPath: "plans/kuulo-plan.json", clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        let saved = commands.save("Core message", templateArguments: [:])
        #expect(saved.first == .persist)
        #expect(commands.document.revision == 2)
        #expect(commands.document.history.last?.author == "Maija")
        #expect(commands.save("", templateArguments: [:]).first == .persist)
        #expect(commands.document.revision == 2)
        _ = commands.undo(templateArguments: [:])
        #expect(commands.document.content["organisation"]?["coreMessage"] == nil)
        #expect(commands.undoTarget == 1)
        #expect(commands.historyListing().contains("Core message"))
        guard case .writeFile(let path, let contents, _)? = commands.export("markdown").first else {
            Issue.record("an export writes a file")
            return
        }
        #expect(path == "plans/kuulo-plan-en.md")
        #expect(contents.contains("Tampereen ylioppilaskunta"))
        #expect(messages(commands.export("docx")).first?.style == .error)
        guard case .printPDF(let pdfPath, let html, _)? = commands.export("pdf").last else {
            Issue.record("/export pdf asks the front end to print the HTML")
            return
        }
        #expect(pdfPath == "plans/kuulo-plan-en.pdf")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("/lang and /help are read without a session")
    func sessionCommands() {
        let changed = SessionCommands.language("fi", current: .en, messages: resources.messages)
        #expect(changed.chosen == .fi)
        #expect(messages(changed.effects).first?.style == .success)
        let unknown = SessionCommands.language("klingon", current: .en, messages: resources.messages)
        #expect(unknown.chosen == nil)
        #expect(messages(unknown.effects).first?.style == .error)
        #expect(messages(SessionCommands.help("/nosuchcommand", resources: resources, language: .en)).first?.style == .error)
        #expect(messages(SessionCommands.help("/save", resources: resources, language: .en)).first?.style == .plain)
    }

    @Test("/draft arguments are read against the plan and the open draft")
    func draftCommand() {
        let content = planWithDraft()
        func read(_ argument: String, open: OpenRecord? = nil) -> DraftCommand {
            DraftCommand(argument, openRecord: open, content: content, resources: resources, language: .en)
        }
        #expect(read("") == .newDraft)
        #expect(read("1") == .open("1"))
        #expect(read("1 approve") == .act(.approve, on: "1"))
        #expect(read("1 hyväksy") == .act(.approve, on: "1"))
        #expect(read("ready", open: OpenRecord(flowID: "draft", key: "1")) == .act(.ready, on: "1"))
        for refused in [read("ready"), read("7"), read("1 dance")] {
            guard case .refused(let effects) = refused else {
                Issue.record("\(refused) should be refused")
                continue
            }
            #expect(messages(effects).first?.style == .error)
        }
    }

    @Test("/edit names a part of the open record, in either language")
    func editCommand() throws {
        let content = planWithDraft()
        let open = OpenRecord(flowID: "draft", key: "1")
        let step = try #require(resources.flow("draft")?.index(editName: "key-message"))
        #expect(EditCommand("key-message", openRecord: open, content: content, resources: resources, language: .en)
                == .ask(flowID: "draft", record: "1", step: step))
        #expect(EditCommand("ydinviesti", openRecord: open, content: content, resources: resources, language: .fi)
                == .ask(flowID: "draft", record: "1", step: step))
        guard case .refused(let none) = EditCommand("key-message", openRecord: nil, content: content, resources: resources, language: .en),
              case .refused(let parts) = EditCommand("", openRecord: open, content: content, resources: resources, language: .en) else {
            Issue.record("no open record, or no part named, is refused")
            return
        }
        #expect(messages(none).first?.style == .error)
        #expect(messages(parts).first?.style == .hint)
    }

    @Test("a command's argument picks a group or a channel of its flow")
    func flowArgumentPicker() {
        var content = plan().content
        content.setValue(["kind": "instagram-feed"], at: pointer("/channels/instagram-feed"))
        let reader = FlowPlanReader(content: content, resources: resources, language: .en, userName: nil, state: nil,
                                    planPath: "", revision: 0, now: Date(timeIntervalSince1970: 0))
        let picker = FlowArgumentPicker(resources: resources, language: .en, reader: reader)
        #expect(picker.pick("", flow: "onboarding", picks: .group) == .whole)
        #expect(picker.pick("3", flow: "onboarding", picks: nil) == .whole)
        #expect(picker.pick("3", flow: "onboarding", picks: .group) == .group(3))
        #expect(picker.pick("insta", flow: "channels", picks: .item) == .item("instagram-feed"))
        guard case .refused = picker.pick("99", flow: "onboarding", picks: .group),
              case .refused = picker.pick("myspace", flow: "channels", picks: .item) else {
            Issue.record("a group or channel the plan lacks is refused")
            return
        }
    }

    @Test("free text is read, and a close call answered by number, without a session")
    func freeText() {
        let knowledge = KnowledgeAnswering(resources: resources, language: .en, content: plan().content, userID: nil)
        guard case .say(let effects) = knowledge.interpret("hello there", interpreter: nil) else {
            Issue.record("without an interpreter, free text is not understood")
            return
        }
        #expect(messages(effects).first?.style == .hint)
        let choices = [KnowledgeAnswer(id: "a", language: .en, title: "Alpha", heading: "", score: 1, excerpt: "First."),
                       KnowledgeAnswer(id: "b", language: .en, title: "Beta", heading: "", score: 1, excerpt: "Second.")]
        #expect(messages(knowledge.whichArticle(choices)).first?.text.contains("2) Beta") == true)
        #expect(knowledge.pick("3", from: choices, interpreter: nil) == nil)
        #expect(knowledge.pick("yes", from: choices, interpreter: nil) == nil)
        #expect(messages(knowledge.pick("2", from: choices, interpreter: nil) ?? []).contains { $0.text == "Second." })
        // kuulo ask cannot read a number: it shows each candidate instead of asking.
        let standalone = messages(knowledge.standalone(.chooseArticle(choices)) ?? [])
        #expect(standalone.map(\.text).suffix(4) == ["Alpha", "First.", "Beta", "Second."])
        #expect(!standalone.contains { $0.text.contains("2)") })
        // A cut excerpt gives way to the whole passage; a whole one is followed by the rest; nothing twice.
        let heading = ChatEffect.say(ChatMessage("Alpha", style: .heading))
        let seeAlso = ChatEffect.say(ChatMessage("See also: Beta", style: .hint))
        let cut = messages(knowledge.standalone(.answer([heading, .say(ChatMessage("First part…", style: .plain)), seeAlso],
                                                         more: "First part of it.\nSecond part.")) ?? []).map(\.text)
        #expect(cut == ["Alpha", "First part of it.\nSecond part.", "See also: Beta"])
        let whole = messages(knowledge.standalone(.answer([heading, .say(ChatMessage("First.", style: .plain)), seeAlso],
                                                           more: "Second.")) ?? []).map(\.text)
        #expect(whole == ["Alpha", "First.", "Second.", "See also: Beta"])
        // An English question in a Finnish chat: asked back about, and answered, in English.
        let finnish = KnowledgeAnswering(resources: resources, language: .fi, content: plan().content, userID: nil)
        let asked = messages(finnish.whichArticle(choices)).first?.text ?? ""
        #expect(asked.hasPrefix(resources.messages.text(.answerCloseCall, .en, [:])), "\(asked)")
        let picked = messages(finnish.pick("1", from: choices, interpreter: nil) ?? []).map(\.text)
        #expect(picked.first == resources.messages.text(.articleHeading, .en, ["title": "Alpha", "id": "a"]), "\(picked)")
    }

    @Test("a finished flow is wound up without a session: a reply put together, channel advice and what comes next")
    func flowCompletion() throws {
        let reply = try #require(resources.flow("reply"))
        var content = plan().content
        content.setValue(["acknowledge": "Kiitos palautteesta.", "facts": "Tilaisuus on maksuton."], at: pointer("/interaction/replies/1"))
        let drafts = DraftWorkflow(content: content, resources: resources, language: .en, userName: "Maija",
                                   now: Date(timeIntervalSince1970: 1_795_000_000), segmenter: nil,
                                   checkSession: { [resources] in CheckSession(data: resources.data, services: nil, segmenter: nil) })
        let replying = FlowCompletionHandler(definition: reply, recordKey: "1", resources: resources, language: .en)
        let assembly = try #require(replying.assemble(drafts))
        #expect(assembly.openRecord == OpenRecord(flowID: "reply", key: "1"))
        #expect(assembly.content["interaction"]?["replies"]?["1"]?["text"] == "Kiitos palautteesta. Tilaisuus on maksuton.")
        #expect(assembly.content["interaction"]?["replies"]?["1"]?["author"] == "Maija")
        #expect(!messages(assembly.effects).isEmpty)
        var asked = false
        _ = replying.closing(content: assembly.content, arguments: [:], nextStep: { asked = true; return "" })
        #expect(!asked, "a reply ends with its own actions, not the next step")

        let channels = try #require(resources.flow("channels"))
        let mapping = FlowCompletionHandler(definition: channels, recordKey: nil, resources: resources, language: .en)
        #expect(mapping.assemble(drafts) == nil)
        #expect(!mapping.revisionSummary([:]).isEmpty)
        let closing = messages(mapping.closing(content: plan().content, arguments: [:], nextStep: { "NEXT" }))
        #expect(closing.last?.text == "NEXT")
        let advice = messages(FlowCompletionHandler.channelAdvice(plan().content, resources: resources, language: .en))
        #expect(closing.contains(try #require(advice.first)))
    }

    @Test("a reply's thanks typed without a full stop does not run into its facts (a Finnish trial: '…ärsyttää Ruokalan remontti…')")
    func replyPartsAreSentences() {
        #expect(ReplyWorkflow.sentences(["Kiitos palautteesta, ymmärrän että jonot ärsyttää", "Remontti valmistuu tammikuussa"])
                == "Kiitos palautteesta, ymmärrän että jonot ärsyttää. Remontti valmistuu tammikuussa")
        #expect(ReplyWorkflow.sentences(["Thanks for asking!", "It is free."]) == "Thanks for asking! It is free.")
        #expect(ReplyWorkflow.sentences(["Kiitos 🙂", "Lisää: https://oyy.fi/ruokala"]) == "Kiitos 🙂 Lisää: https://oyy.fi/ruokala",
                "an emoji ends a part as it is; the last part (a link) gets no stop")
    }

    @Test("a typed command is looked up without a session: run, suggested, or refused outside a flow")
    func commandLookup() {
        let commands = resources.commands
        #expect(commands.lookup("back", language: .en, inFlow: true) == .run(.action(.back)))
        #expect(commands.lookup("back", language: .en, inFlow: false) == .refused(.noFlowRunning, ["command": "/back"]))
        #expect(commands.lookup("zzzzqq", language: .en, inFlow: false) == .refused(.unknownCommand, ["command": "/zzzzqq"]))
        guard case .refused(.unknownCommandSuggestion, let arguments) = commands.lookup("hlep", language: .en, inFlow: false) else {
            Issue.record("a near miss of /help gets a suggestion")
            return
        }
        #expect(arguments["suggestion"] == "/help")
    }
}
