import Foundation

/// Builds the written plan's outline from the plan: the sections of `Prompts/sections.yaml` in order,
/// each either with what the plan holds or saying what is missing and which command really fills it.
struct DocumentBuilder {
    /// A command a reader can type to fill a part of the plan.
    typealias Command = PlanCommand

    let document: PlanDocument
    let plan: PlanView
    let texts: ExportTexts
    let catalogue: ChannelCatalogue
    let knowledge: KnowledgeBase
    let schedule: PlanSchedule
    /// The sections, their order and the commands that fill them.
    let structure: PlanStructure
    /// Where onboarding progress is kept and how many tips there are; `nil` without the onboarding flow.
    let onboarding: OnboardingLayout?

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue, knowledge: KnowledgeBase,
         structure: PlanStructure, onboarding: OnboardingLayout?) {
        self.document = document
        self.texts = texts
        self.catalogue = catalogue
        self.knowledge = knowledge
        self.structure = structure
        self.onboarding = onboarding
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language, onboarding: onboarding)
        schedule = PlanSchedule(document: document, plan: plan)
    }

    var language: Language { texts.language }
    var dates: ExportDates { ExportDates(texts: texts) }

    /// The whole outline: the listed sections that have a builder, numbered, then the tips appendix.
    func build() -> ExportDocument {
        let parts = structure.sections.compactMap { section in blocks(of: section.id).map { (id: section.id, blocks: $0) } }
        var sections = parts.enumerated().map { index, part in
            ExportSection(id: part.id, heading: texts.text(.sectionHeading, ["number": String(index + 1), "title": texts.sectionTitle(part.id)]),
                          blocks: part.blocks)
        }
        sections.append(ExportSection(id: "tips", heading: texts.text(.appendixTips), blocks: tipBlocks()))
        return ExportDocument(language: language, title: title, meta: meta, intro: intro,
                              contentsTitle: texts.text(.tableOfContents), sections: sections)
    }

    /// The section ids the written plan has a builder for.
    static let builtSections = ["organisation", "goals", "audiences", "channels", "calendar", "hashtags", "listening", "interaction",
                                "ground-rules", "accessibility", "crisis", "roles", "metrics", "revision"]

    /// The blocks of section `id`; `nil` for a section the written plan has no builder for.
    func blocks(of id: String) -> [ExportBlock]? {
        switch id {
        case "organisation": return organisationBlocks()
        case "goals": return goalsBlocks()
        case "audiences": return audienceBlocks()
        case "channels": return channelBlocks()
        case "calendar": return calendarBlocks()
        case "hashtags": return hashtagBlocks()
        case "listening": return listeningBlocks()
        case "interaction": return interactionBlocks()
        case "ground-rules": return groundRuleBlocks()
        case "accessibility": return accessibilityBlocks()
        case "crisis": return crisisBlocks()
        case "roles": return roleBlocks()
        case "metrics": return metricBlocks()
        case "revision": return revisionBlocks()
        default: return nil
        }
    }

    /// The command that fills the plan field at `pointer`, from the section list; `nil` when none does.
    func command(filling pointer: String) -> Command? {
        structure.command(filling: pointer)
    }

    /// The command that fills section `id`; `nil` when none does.
    func command(ofSection id: String) -> Command? {
        structure.section(id)?.command
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

    /// A notice naming the commands that fill what is missing; without any, the notice that only says what
    /// is missing (nothing fills it yet, and the document names no command it cannot honour).
    private func notice(_ key: ExportTextKey, unfilled: ExportTextKey, _ commands: [Command?]) -> ExportBlock {
        let known = commands.compactMap { $0 }.reduce(into: [Command]()) { if !$0.contains($1) { $0.append($1) } }
        guard !known.isEmpty else { return .notice([.text(texts.text(unfilled))]) }
        return .notice(texts.spans(key, ["command": commandSpans(known)]))
    }

    /// "The plan does not cover this yet …" naming the commands.
    func missingSection(_ commands: [Command?]) -> ExportBlock {
        notice(.missingSection, unfilled: .missingSectionUnfilled, commands)
    }

    /// "Some details are still missing …" naming the commands.
    func missingSome(_ commands: [Command?]) -> ExportBlock {
        notice(.missingSome, unfilled: .missingSomeUnfilled, commands)
    }

    /// "Nothing has been entered here yet …" for a part of a section.
    func missingPart(_ commands: [Command?]) -> ExportBlock {
        notice(.missingPart, unfilled: .missingPartUnfilled, commands)
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
    func fieldBlocks(_ specs: [(field: ExportField, command: Command?)]) -> [ExportBlock] {
        let missing = specs.filter(\.field.isMissing)
        let commands = missing.map(\.command)
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
        if cadence.min == 0 { return texts.text(.cadenceUpTo, ["max": String(cadence.max), "count": String(cadence.max)]) }
        if cadence.min == cadence.max { return texts.text(.cadenceExact, ["count": String(cadence.min)]) }
        return texts.text(.cadenceRange, ["min": String(cadence.min), "max": String(cadence.max), "count": String(cadence.max)])
    }
}
