import Foundation

/// A published post stays as it went out: a change to it is a correction, a new draft linked to the
/// published one (`correctionOf`), written, checked and approved like any other.
extension DraftWorkflow {
    /// Whether draft `key` has been published.
    func isPublished(_ key: String) -> Bool {
        content.value(at: draftPointer(key))?["status"]?.stringValue == DraftStatus.published.rawValue
    }

    /// The parts of a draft a correction starts from: what the trustee wrote, not its review trail or
    /// its assembled texts.
    static let correctedParts = ["channels", "purpose", "keyMessage", "details", "callToAction", "link", "language",
                                 "otherLanguages", "versions", "hashtags", "signature", "media", "altText", "timeZone", "captions"]

    /// `/draft N correct`: a new draft with the published draft's parts, linked to it by
    /// `correctionOf`, put together and checked; the published record is not touched. The new draft's
    /// number is in `openedRecord`.
    mutating func correctDraft(_ key: String) -> [ChatEffect] {
        guard isPublished(key), let published = content.value(at: draftPointer(key)) else {
            return [say(.draftCorrectNotPublished, ["number": key], style: .error)]
        }
        let existing = content["calendar"]?["drafts"]?.objectValue?.keys.compactMap { Int($0) } ?? []
        let number = String((existing.max() ?? 0) + 1)
        var parts: [String: JSONValue] = [:]
        for part in Self.correctedParts { parts[part] = published[part] }
        parts["correctionOf"] = .string(key)
        if let userName { parts["author"] = .string(userName) }
        content.setValue(.object(parts), at: draftPointer(number))
        openedRecord = number
        revision = text(.revisionDraftCorrection, ["number": number, "published": key])
        var effects: [ChatEffect] = [.persist, say(.draftCorrectionStarted, ["number": number, "published": key], style: .success)]
        effects += assembleDraft(number)
        effects.append(say(.draftActions, ["number": number], style: .hint))
        return effects
    }
}
