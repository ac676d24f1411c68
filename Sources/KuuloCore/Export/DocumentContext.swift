import Foundation

/// What every part of the written plan reads: the plan and its view, the texts of the document's
/// language, the catalogues and the settings that shape the sections.
struct DocumentContext {
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
    /// How the listening log's digest reads words (base forms and words left out).
    let digestWords: DigestWords

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue, knowledge: KnowledgeBase,
         structure: PlanStructure, onboarding: OnboardingLayout?, consistency: [String], digestWords: DigestWords) {
        self.document = document
        self.texts = texts
        self.catalogue = catalogue
        self.knowledge = knowledge
        self.structure = structure
        self.onboarding = onboarding
        self.consistency = consistency
        self.digestWords = digestWords
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language, onboarding: onboarding)
        schedule = PlanSchedule(document: document, plan: plan)
    }
}
