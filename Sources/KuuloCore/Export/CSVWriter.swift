import Foundation

/// Writes the content calendar as RFC 4180 CSV for a scheduling tool: a header row, then one row per
/// post to publish — each draft once per channel and language it has a text for (a draft without texts
/// once per channel, a draft without channels once) — in schedule order. CRLF between records; fields
/// with a comma, quote or line break are quoted, quotes doubled. Values are the plan's ids (channel,
/// language, status) so a tool can map them; the header words are in the document's language.
struct CSVWriter {
    let plan: PlanView
    let texts: ExportTexts

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue) {
        self.texts = texts
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language)
    }

    /// The CSV text.
    func write() -> String {
        let header: [ExportTextKey] = [.csvNumber, .csvStatus, .csvScheduledAt, .csvTimeZone, .csvChannel, .csvLanguage, .csvTitle,
                                       .csvText, .csvHashtags, .csvLink, .csvAltText, .csvAuthor, .csvReviewedBy]
        var records = [header.map { texts.text($0) }]
        for draft in plan.drafts {
            for (channel, language, text) in posts(of: draft) {
                records.append([
                    draft.number,
                    draft.status ?? "",
                    draft.scheduledAt?.readable ?? draft.scheduledRaw ?? "",
                    draft.scheduledRaw == nil ? "" : draft.timeZone ?? plan.timeZone.identifier,
                    channel,
                    language,
                    draft.title ?? "",
                    text,
                    draft.hashtags.map(DocumentBuilder.hashtag).joined(separator: " "),
                    draft.link ?? "",
                    draft.media.compactMap(\.altText).joined(separator: "\n"),
                    draft.author ?? "",
                    draft.reviewedBy ?? "",
                ])
            }
        }
        return records.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func posts(of draft: PlanDraft) -> [(String, String, String)] {
        var posts: [(String, String, String)] = []
        for channel in draft.allChannels {
            let texts = draft.texts.filter { $0.channel == channel }
            if texts.isEmpty {
                posts.append((channel, draft.allLanguages.joined(separator: " "), ""))
            } else {
                posts += texts.map { ($0.channel, $0.language, $0.text) }
            }
        }
        return posts.isEmpty ? [("", draft.allLanguages.joined(separator: " "), "")] : posts
    }

    /// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
    /// return, that some spreadsheets skip before looking for one).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet shows as text: one that starts like a formula gets a leading apostrophe,
    /// the usual marker for "text, not a formula" (OWASP's advice on CSV injection).
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return value }
        return "'" + value
    }

    /// One field: neutralised, then quoted when it holds a comma, a quote, a line break or
    /// leading/trailing space.
    static func field(_ raw: String) -> String {
        let value = neutralised(raw)
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
