import Foundation

/// Builds the written plan's outline from the plan: the sections of `Prompts/sections.yaml` in order,
/// each either with what the plan holds or saying what is missing and which command really fills it.
struct DocumentBuilder: DocumentPart {
    let context: DocumentContext

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue, knowledge: KnowledgeBase,
         structure: PlanStructure, onboarding: OnboardingLayout?, consistency: [String] = [],
         digestWords: DigestWords = DigestWords(lemmatizer: nil, ignored: [])) {
        context = DocumentContext(document: document, texts: texts, catalogue: catalogue, knowledge: knowledge, structure: structure,
                                  onboarding: onboarding, consistency: consistency, digestWords: digestWords)
    }

    /// The whole outline: the listed sections that have a builder, numbered, then the tips appendix.
    func build() -> ExportDocument {
        let parts = context.structure.sections.filter { $0.isShown(in: document.content) }.compactMap { section in
            blocks(of: section.id).map { (id: section.id, blocks: $0) }
        }
        var sections = parts.enumerated().map { index, part in
            ExportSection(id: part.id, heading: texts.text(.sectionHeading, ["number": String(index + 1), "title": texts.sectionTitle(part.id)]),
                          blocks: part.blocks)
        }
        sections.append(ExportSection(id: "tips", heading: texts.text(.appendixTips), blocks: GovernanceSections(context: context).tipBlocks()))
        return ExportDocument(language: language, title: title, meta: ApprovalSection(context: context).meta, intro: intro,
                              contentsTitle: texts.text(.tableOfContents), sections: sections)
    }

    /// Each section id of `Prompts/sections.yaml` the written plan has a builder for, with its builder.
    static let writers: [String: @Sendable (DocumentContext) -> [ExportBlock]] = [
        "organisation": { OrganisationSections(context: $0).organisationBlocks() },
        "goals": { OrganisationSections(context: $0).goalsBlocks() },
        "contacts": { BoardSections(context: $0).contactBlocks() },
        "audiences": { OrganisationSections(context: $0).audienceBlocks() },
        "channels": { ChannelSection(context: $0).channelBlocks() },
        "annual": { BoardSections(context: $0).annualBlocks() },
        "calendar": { CalendarSections(context: $0).calendarBlocks() },
        "hashtags": { CalendarSections(context: $0).hashtagBlocks() },
        "listening": { PracticeSections(context: $0).listeningBlocks() },
        "interaction": { PracticeSections(context: $0).interactionBlocks() },
        "moderation": { BoardSections(context: $0).moderationBlocks() },
        "ground-rules": { PracticeSections(context: $0).groundRuleBlocks() },
        "privacy": { BoardSections(context: $0).privacyBlocks() },
        "accessibility": { PracticeSections(context: $0).accessibilityBlocks() },
        "crisis": { PracticeSections(context: $0).crisisBlocks() },
        "roles": { GovernanceSections(context: $0).roleBlocks() },
        "accounts": { BoardSections(context: $0).accountBlocks() },
        "handover": { HandoverSection(context: $0).handoverBlocks() },
        "metrics": { GovernanceSections(context: $0).metricBlocks() },
        "members": { MembersSection(context: $0).memberBlocks() },
        "revision": { ApprovalSection(context: $0).revisionBlocks() },
    ]

    /// The section ids the written plan has a builder for.
    static var builtSections: Set<String> { Set(writers.keys) }

    /// The blocks of section `id`; `nil` for a section the written plan has no builder for.
    func blocks(of id: String) -> [ExportBlock]? {
        Self.writers[id].map { $0(context) }
    }

    /// The results page for a period (`kuulo insights report --format html`).
    func resultsDocument(from: String?, to: String?) -> ExportDocument {
        MembersSection(context: context).resultsDocument(from: from, to: to)
    }

    /// The document's title.
    var title: String {
        plan.organisationName.map { texts.text(.documentTitle, ["organisation": $0]) } ?? texts.text(.documentTitleUnnamed)
    }

    private var intro: [ExportInline] {
        [.text(texts.text(.documentIntro, ["organisation": plan.organisationName ?? texts.text(.organisationFallback)]))]
    }
}
