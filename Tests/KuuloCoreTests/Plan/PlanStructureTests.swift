import KuuloData
import Testing
@testable import KuuloCore

@Suite("One list of the plan's sections")
struct PlanStructureTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("every listed section has a builder in the written plan and a heading in every export language, and no builder is unlisted")
    func listDrivesTheDocument() {
        let ids = PlanStructure(data: data).sections.map(\.id)
        #expect(!ids.isEmpty)
        #expect(Set(ids) == Set(DocumentBuilder.builtSections))
        for id in ids {
            for language in Language.allCases {
                #expect(ExportTexts.hasSectionTitle(id, language: language, data: data), "no heading for \(id) in \(language.rawValue)")
            }
        }
        // An empty plan shows every section but the occasional ones (the change of term), which wait for content.
        let shown = PlanStructure(data: data).sections.filter { !$0.occasional }.map(\.id)
        #expect(shown.count == ids.count - 1)
        let markdown = PlanExporter.render(PlanDocument(), format: .markdown, language: .en, data: data)
        let positions = shown.compactMap { id in
            markdown.range(of: "## \(shown.firstIndex(of: id).map { $0 + 1 } ?? 0). ")?.lowerBound
        }
        #expect(positions.count == shown.count)
        #expect(positions == positions.sorted())
        #expect(!markdown.contains("Change of term"))
        var started = PlanDocument()
        started.content = ["terms": ["1": ["period": "2027"]]]
        #expect(PlanExporter.render(started, format: .markdown, language: .en, data: data).contains("## 18. Change of term"))
    }

    @Test("every command the list names is a chat command")
    func commandsExist() {
        let commands = CommandRegistry(data: data)
        for section in PlanStructure(data: data).sections {
            for command in [section.command].compactMap({ $0 }) + section.fields.compactMap(\.command) {
                #expect(commands.command(id: command.id) != nil, "section \(section.id) names an unknown command \(command.id)")
            }
        }
    }

    @Test("the command filling a field is the nearest listed field's, and none where no flow fills it")
    func commandFilling() {
        let structure = PlanStructure(data: data)
        #expect(structure.command(filling: "/sharing/encouragement") == PlanCommand(id: "tips", argument: "6"))
        #expect(structure.command(filling: "/engagement/likeAndComment") == PlanCommand(id: "tips", argument: "2"))
        #expect(structure.command(filling: "/trustees/maija/name") == PlanCommand(id: "trustee"))
        #expect(structure.command(filling: "/organisation/audiences") == PlanCommand(id: "channels"))
        #expect(structure.command(filling: "/organisation/coreMessage") == PlanCommand(id: "goals"))
        #expect(structure.command(filling: "/organisation/publicContacts/emails") == PlanCommand(id: "contacts"))
        #expect(structure.command(filling: "/accounts/1/admins") == PlanCommand(id: "accounts"))
        #expect(structure.command(filling: "/somethingElse") == nil)
    }

    @Test("the written plan names only commands that fill a section: not /setup for goals and core message")
    func writtenPlanIsHonest() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "KYY", "values": ["kuuntelu"], "languages": ["fi"], "kind": "association"]]
        let finnish = PlanExporter.render(document, format: .markdown, language: .fi, data: data)
        let goals = finnish.components(separatedBy: "## 2. ").dropFirst().first?.components(separatedBy: "## 3. ").first ?? ""
        #expect(goals.contains("Tätä osaa ei ole vielä kirjattu suunnitelmaan."))
        #expect(!goals.contains("/perustiedot"))
        let organisation = finnish.components(separatedBy: "## 1. ").dropFirst().first?.components(separatedBy: "## 2. ").first ?? ""
        #expect(organisation.contains("Osa tiedoista puuttuu vielä."))
        #expect(!organisation.contains("/perustiedot"))
    }
}
