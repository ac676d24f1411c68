import Foundation

/// Builds the written plan's outline from the plan: the sections of the plan templates' synthesis in
/// order, each either with what the plan holds or saying what is missing and which command fills it.
struct DocumentBuilder {
    /// A command a reader can type: an id of the chat's commands and an optional argument.
    typealias Command = (id: String, argument: String?)

    let document: PlanDocument
    let plan: PlanView
    let texts: ExportTexts
    let catalogue: ChannelCatalogue
    let knowledge: KnowledgeBase
    let schedule: PlanSchedule

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue, knowledge: KnowledgeBase) {
        self.document = document
        self.texts = texts
        self.catalogue = catalogue
        self.knowledge = knowledge
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language)
        schedule = PlanSchedule(document: document, plan: plan)
    }

    var language: Language { texts.language }
    var dates: ExportDates { ExportDates(texts: texts) }

    /// The whole outline.
    func build() -> ExportDocument {
        let parts: [(id: String, title: ExportTextKey, blocks: [ExportBlock])] = [
            ("organisation", .sectionOrganisation, organisationBlocks()),
            ("goals", .sectionGoals, goalsBlocks()),
            ("audiences", .sectionAudiences, audienceBlocks()),
            ("channels", .sectionChannels, channelBlocks()),
            ("calendar", .sectionCalendar, calendarBlocks()),
            ("hashtags", .sectionHashtags, hashtagBlocks()),
            ("listening", .sectionListening, listeningBlocks()),
            ("interaction", .sectionInteraction, interactionBlocks()),
            ("ground-rules", .sectionGroundRules, groundRuleBlocks()),
            ("accessibility", .sectionAccessibility, accessibilityBlocks()),
            ("crisis", .sectionCrisis, crisisBlocks()),
            ("roles", .sectionRoles, roleBlocks()),
            ("metrics", .sectionMetrics, metricBlocks()),
            ("revision", .sectionRevision, revisionBlocks()),
        ]
        var sections = parts.enumerated().map { index, part in
            ExportSection(id: part.id, heading: texts.text(.sectionHeading, ["number": String(index + 1), "title": texts.text(part.title)]),
                          blocks: part.blocks)
        }
        sections.append(ExportSection(id: "tips", heading: texts.text(.appendixTips), blocks: tipBlocks()))
        return ExportDocument(language: language, title: title, meta: meta, intro: intro,
                              contentsTitle: texts.text(.tableOfContents), sections: sections)
    }

    /// The document's title.
    var title: String {
        plan.organisationName.map { texts.text(.documentTitle, ["organisation": $0]) } ?? texts.text(.documentTitleUnnamed)
    }

    private var meta: [[ExportInline]] {
        guard let latest = document.history.last else { return [[.text(texts.text(.documentNoRevision))]] }
        var lines: [[ExportInline]] = [[.text(texts.text(.documentRevision, [
            "revision": String(latest.number), "date": dates.date(ofTimestamp: latest.time, in: plan.timeZone),
        ]))]]
        if document.hasUnrecordedChanges { lines.append([.text(texts.text(.documentUnrecorded))]) }
        return lines
    }

    private var intro: [ExportInline] {
        [.text(texts.text(.documentIntro, ["organisation": plan.organisationName ?? texts.text(.organisationFallback)]))]
    }

    // MARK: - Shared pieces

    /// Commands as code spans joined by "or".
    func commandSpans(_ commands: [Command]) -> [ExportInline] {
        .joined(commands.map { [.code(texts.command($0.id, $0.argument))] }, separator: " " + texts.text(.orWord) + " ")
    }

    /// "The plan does not cover this yet …" naming the commands.
    func missingSection(_ commands: [Command]) -> ExportBlock {
        .notice(texts.spans(.missingSection, ["command": commandSpans(commands)]))
    }

    /// "Some details are still missing …" naming the commands.
    func missingSome(_ commands: [Command]) -> ExportBlock {
        .notice(texts.spans(.missingSome, ["command": commandSpans(commands)]))
    }

    /// "Nothing has been entered here yet …" for a part of a section.
    func missingPart(_ commands: [Command]) -> ExportBlock {
        .notice(texts.spans(.missingPart, ["command": commandSpans(commands)]))
    }

    /// A field with a text value, or "not decided yet".
    func field(_ label: ExportTextKey, _ value: String?) -> ExportField {
        guard let value else { return notDecided(label) }
        return ExportField(label: texts.text(label), value: [.text(value)])
    }

    /// A field whose items read as one line ("a, b, c"), or "not decided yet".
    func field(_ label: ExportTextKey, joined items: [String]) -> ExportField {
        field(label, items.isEmpty ? nil : items.joined(separator: ", "))
    }

    /// A field whose items are sentences, shown as a list, or "not decided yet".
    func field(_ label: ExportTextKey, items: [String], ordered: Bool = false) -> ExportField {
        guard !items.isEmpty else { return notDecided(label) }
        return ExportField(label: texts.text(label), value: [], items: items.map { [.text($0)] }, ordered: ordered)
    }

    private func notDecided(_ label: ExportTextKey) -> ExportField {
        ExportField(label: texts.text(label), value: [.text(texts.text(.notDecided))], isMissing: true)
    }

    /// Fields with the command behind each: all missing → one notice; some missing → the fields and a
    /// notice naming the commands of the missing ones.
    func fieldBlocks(_ specs: [(field: ExportField, command: Command)]) -> [ExportBlock] {
        let missing = specs.filter(\.field.isMissing)
        var commands: [Command] = []
        for spec in missing where !commands.contains(where: { $0.id == spec.command.id && $0.argument == spec.command.argument }) {
            commands.append(spec.command)
        }
        if missing.count == specs.count { return [missingSection(commands)] }
        var blocks: [ExportBlock] = [.fields(specs.map(\.field))]
        if !commands.isEmpty { blocks.append(missingSome(commands)) }
        return blocks
    }

    /// The words for language codes ("suomi, englanti").
    func languageNames(_ codes: [String]) -> String {
        codes.map { texts.value("language", $0) }.joined(separator: ", ")
    }

    /// A cell: the text, or the empty-cell mark.
    func cell(_ text: String?) -> [ExportInline] {
        [.text(text.flatMap { $0.isEmpty ? nil : $0 } ?? texts.text(.emptyCell))]
    }

    /// How often: "1–3 a week", "up to 1 a week", "as needed".
    func cadenceText(_ cadence: ChannelCadence) -> String {
        if cadence.max == 0 { return texts.text(.cadenceAsNeeded) }
        if cadence.min == 0 { return texts.text(.cadenceUpTo, ["max": String(cadence.max)]) }
        if cadence.min == cadence.max { return texts.text(.cadenceExact, ["count": String(cadence.min)]) }
        return texts.text(.cadenceRange, ["min": String(cadence.min), "max": String(cadence.max)])
    }

    static let setup: Command = ("setup", nil)
    static let channels: Command = ("channels", nil)
    static let hashtags: Command = ("hashtags", nil)
    static let draft: Command = ("draft", nil)
    static func tip(_ number: Int) -> Command { ("tips", String(number)) }
}
