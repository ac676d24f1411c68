import Foundation

/// Writes the plan out: the written social media plan a board approves (Markdown, HTML), the content
/// calendar and routines (iCalendar), and the drafts' schedule (CSV). Pure and deterministic: the same
/// plan, language and data files give byte-identical output; no clock, no file system.
public enum PlanExporter {
    /// Renders `document` in `format` and `language`. Words come from `Prompts/export.<lang>.yaml`,
    /// channel names and limits from `Knowledge/data/channels.yaml`, the tips appendix from the
    /// Knowledge articles (`knowledge`, read from `data` when not given); the listening digest's topics
    /// in base forms from `lemmatizer` (as written without one). Never fails: a part the plan does not
    /// cover yet is written as missing.
    public static func render(_ written: PlanDocument, format: ExportFormat, language: Language, data: DataFiles,
                              knowledge: KnowledgeBase? = nil, lemmatizer: (any Lemmatizer)? = nil) -> String {
        let texts = ExportTexts(data: data, language: language)
        let catalogue = ChannelCatalogue(data: data)
        // Suggestions accepted in another language's chat are shown in the document's language, and so
        // are the versions' summaries (the document lists the latest changes).
        let summaries = SummaryTexts(data: data)
        let document = SuggestedTexts(data: data, catalogue: catalogue).shown(written, in: language).showingSummaries { summaries.shown($0, in: language) }
        switch format {
        case .markdown, .html:
            let builder = DocumentBuilder(document: document, texts: texts, catalogue: catalogue, knowledge: knowledge ?? KnowledgeBase(data: data),
                                          structure: PlanStructure(data: data), onboarding: OnboardingLayout(data: data),
                                          consistency: PlanConsistency(document: document, data: data, language: language).messages,
                                          digestWords: DigestWords(lemmatizer: lemmatizer, ignored: KuuloResources.stopwords(language, data: data)))
            let outline = builder.build()
            return format == .html ? HTMLWriter().write(outline) : MarkdownWriter().write(outline)
        case .ics:
            return ICalendarWriter(document: document, texts: texts, catalogue: catalogue).write()
        case .csv:
            return CSVWriter(document: document, texts: texts, catalogue: catalogue).write()
        }
    }
}

extension PlanExporter {
    /// The imported results between `from` and `to` (ISO days) as a self-contained HTML page with the
    /// written plan's tables and inline SVG charts (`kuulo insights report --format html`).
    public static func renderResultsHTML(_ written: PlanDocument, from: String?, to: String?, language: Language, data: DataFiles) -> String {
        let texts = ExportTexts(data: data, language: language)
        let catalogue = ChannelCatalogue(data: data)
        let document = SuggestedTexts(data: data, catalogue: catalogue).shown(written, in: language)
        let builder = DocumentBuilder(document: document, texts: texts, catalogue: catalogue, knowledge: KnowledgeBase(data: data),
                                      structure: PlanStructure(data: data), onboarding: OnboardingLayout(data: data), consistency: [],
                                      digestWords: DigestWords(lemmatizer: nil, ignored: []))
        return HTMLWriter().write(builder.resultsDocument(from: from, to: to))
    }

    /// Renders with the chat's loaded resources, reusing their parsed Knowledge articles (for `/export`).
    public static func render(_ document: PlanDocument, format: ExportFormat, language: Language, resources: KuuloResources,
                              lemmatizer: (any Lemmatizer)? = nil) -> String {
        let needsKnowledge = format == .markdown || format == .html
        return render(document, format: format, language: language, data: resources.data, knowledge: needsKnowledge ? resources.knowledge : nil,
                      lemmatizer: lemmatizer)
    }
}
