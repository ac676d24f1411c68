import Foundation

/// A part of the written plan that builds one or more of its sections from a `DocumentContext`; the
/// pieces every section shares (fields, cells, the "not filled yet" notices, names in words) live here.
protocol DocumentPart {
    /// The plan, texts and settings the part reads.
    var context: DocumentContext { get }
}

extension DocumentPart {
    var document: PlanDocument { context.document }
    var plan: PlanView { context.plan }
    var texts: ExportTexts { context.texts }
    var catalogue: ChannelCatalogue { context.catalogue }
    var knowledge: KnowledgeBase { context.knowledge }
    var schedule: PlanSchedule { context.schedule }
    var onboarding: OnboardingLayout? { context.onboarding }
    var consistency: [String] { context.consistency }
    var digestWords: DigestWords { context.digestWords }
    var language: Language { texts.language }
    var dates: ExportDates { ExportDates(texts: texts) }

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

    /// A platform's name from the channel catalogue, else as written.
    func platformName(_ id: String) -> String {
        catalogue.entry(id)?.name.text(language) ?? id
    }

    /// How far a trustee is with the onboarding, in words.
    func onboardingStatus(_ trustee: PlanTrustee) -> String {
        guard let progress = trustee.progress else { return texts.text(.onboardingNotStarted) }
        if let completed = progress.completedAt {
            return texts.text(.onboardingDone, ["date": dates.date(ofTimestamp: completed, in: plan.timeZone)])
        }
        if !progress.completed.isEmpty || progress.startedAt != nil {
            return texts.text(.onboardingPartial, ["done": String(progress.completed.count), "total": String(progress.total)])
        }
        return texts.text(.onboardingNotStarted)
    }

    /// A tag as written with one leading `#`.
    static func hashtag(_ text: String) -> String {
        "#" + String(text.drop { $0 == "#" || $0 == "＃" })
    }

    /// How audience names are compared: case and surrounding spaces ignored.
    static func matchKey(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
