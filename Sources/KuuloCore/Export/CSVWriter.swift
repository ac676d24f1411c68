import Foundation

/// Writes the content calendar as RFC 4180 CSV for a spreadsheet or a scheduling tool: a header row,
/// then one row per post to publish — each draft once per channel and language it has a text for (a draft
/// without texts once per channel, a draft without channels once) — in schedule order. CRLF between
/// records; fields with the separator, a quote or a line break are quoted, quotes doubled. Values are in
/// words of the document's language (channel names, "luonnos", "suomi"), never the plan's ids.
///
/// The dialect follows the language's spreadsheets: in Finnish, where the comma is the decimal mark, a
/// semicolon separates fields and the file starts with a UTF-8 byte order mark so that a spreadsheet
/// reads it as UTF-8; in English a comma and no mark.
struct CSVWriter {
    let plan: PlanView
    let texts: ExportTexts
    let catalogue: ChannelCatalogue

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue) {
        self.texts = texts
        self.catalogue = catalogue
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
                    draft.status.map { texts.value("status", $0) } ?? "",
                    draft.scheduledAt?.readable ?? draft.scheduledRaw ?? "",
                    draft.scheduledRaw == nil ? "" : draft.timeZone ?? plan.timeZone.identifier,
                    channel.isEmpty ? "" : plan.channelName(channel, catalogue: catalogue, language: texts.language),
                    language.split(separator: " ").map { texts.value("language", String($0)) }.joined(separator: ", "),
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
        let separator = Self.separator(texts.language)
        let body = records.map { $0.map { Self.field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n" }.joined()
        return (separator == ";" ? "\u{FEFF}" : "") + body
    }

    /// The field separator of the language's spreadsheets: `;` in Finnish, `,` otherwise.
    static func separator(_ language: Language) -> Character {
        language == .fi ? ";" : ","
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

    /// One field: neutralised, then quoted when it holds the separator, a quote, a line break or
    /// leading/trailing space.
    static func field(_ raw: String, separator: Character = ",") -> String {
        let value = neutralised(raw)
        let needsQuotes = value.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
