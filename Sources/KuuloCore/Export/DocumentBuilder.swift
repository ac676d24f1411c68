import Foundation

/// Builds the written plan's outline from the plan: the sections of `Prompts/sections.yaml` in order,
/// each either with what the plan holds or saying what is missing and which command really fills it.
struct DocumentBuilder {
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
    /// Where the plan's sections disagree, as sentences (`PlanConsistency`), listed before the approval.
    let consistency: [String]

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue, knowledge: KnowledgeBase,
         structure: PlanStructure, onboarding: OnboardingLayout?, consistency: [String] = []) {
        self.document = document
        self.texts = texts
        self.catalogue = catalogue
        self.knowledge = knowledge
        self.structure = structure
        self.onboarding = onboarding
        self.consistency = consistency
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language, onboarding: onboarding)
        schedule = PlanSchedule(document: document, plan: plan)
    }

    var language: Language { texts.language }
    var dates: ExportDates { ExportDates(texts: texts) }

    /// The whole outline: the listed sections that have a builder, numbered, then the tips appendix.
    func build() -> ExportDocument {
        let parts = structure.sections.filter { $0.isShown(in: document.content) }.compactMap { section in
            blocks(of: section.id).map { (id: section.id, blocks: $0) }
        }
        var sections = parts.enumerated().map { index, part in
            ExportSection(id: part.id, heading: texts.text(.sectionHeading, ["number": String(index + 1), "title": texts.sectionTitle(part.id)]),
                          blocks: part.blocks)
        }
        sections.append(ExportSection(id: "tips", heading: texts.text(.appendixTips), blocks: tipBlocks()))
        return ExportDocument(language: language, title: title, meta: meta, intro: intro,
                              contentsTitle: texts.text(.tableOfContents), sections: sections)
    }

    /// The section ids the written plan has a builder for.
    static let builtSections = ["organisation", "goals", "contacts", "audiences", "channels", "annual", "calendar", "hashtags", "listening",
                                "interaction", "moderation", "ground-rules", "privacy", "accessibility", "crisis", "roles", "accounts",
                                "handover", "metrics", "revision"]

    /// The blocks of section `id`; `nil` for a section the written plan has no builder for.
    func blocks(of id: String) -> [ExportBlock]? {
        switch id {
        case "organisation": return organisationBlocks()
        case "goals": return goalsBlocks()
        case "contacts": return contactBlocks()
        case "annual": return annualBlocks()
        case "moderation": return moderationBlocks()
        case "privacy": return privacyBlocks()
        case "accounts": return accountBlocks()
        case "handover": return handoverBlocks()
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

    /// The document's title.
    var title: String {
        plan.organisationName.map { texts.text(.documentTitle, ["organisation": $0]) } ?? texts.text(.documentTitleUnnamed)
    }

    private var intro: [ExportInline] {
        [.text(texts.text(.documentIntro, ["organisation": plan.organisationName ?? texts.text(.organisationFallback)]))]
    }

    // MARK: - Shared pieces

    /// "The plan does not cover this yet." The board's document names no chat commands: it is read by
    /// people who do not use Kuulo (the chat's `/plan` says which command fills what).
    func missingSection() -> ExportBlock {
        .notice([.text(texts.text(.missingSectionUnfilled))])
    }

    /// "Some details are still missing."
    func missingSome() -> ExportBlock {
        .notice([.text(texts.text(.missingSomeUnfilled))])
    }

    /// "Nothing has been entered here yet." for a part of a section.
    func missingPart() -> ExportBlock {
        .notice([.text(texts.text(.missingPartUnfilled))])
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

    /// Fields: all missing → one notice; some missing → the fields and a notice that some are missing.
    func fieldBlocks(_ fields: [ExportField]) -> [ExportBlock] {
        let missing = fields.filter(\.isMissing)
        if missing.count == fields.count { return [missingSection()] }
        var blocks: [ExportBlock] = [.fields(fields)]
        if !missing.isEmpty { blocks.append(missingSome()) }
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
        let period = texts.value("period", cadence.period.rawValue)
        if cadence.min == 0 { return texts.text(.cadenceUpTo, ["max": String(cadence.max), "count": String(cadence.max), "period": period]) }
        if cadence.min == cadence.max { return texts.text(.cadenceExact, ["count": String(cadence.min), "period": period]) }
        return texts.text(.cadenceRange, ["min": String(cadence.min), "max": String(cadence.max), "count": String(cadence.max), "period": period])
    }
}
