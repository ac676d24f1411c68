import Foundation

/// The listening log and its digest as text in a language.
public struct ListeningText {
    let resources: KuuloResources
    let language: Language

    /// Text in `language` from `resources`' messages.
    public init(resources: KuuloResources, language: Language) {
        self.resources = resources
        self.language = language
    }

    private func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    /// A word with how often it came up, as the digest lists kinds and topics: "question (2)",
    /// never "question 2", which reads as a numbered item.
    private func tally(_ word: String, _ count: Int) -> String {
        text(.listenDigestTopic, ["word": word, "count": String(count)])
    }

    private func number(_ value: Int) -> String {
        resources.messages.number(value, language)
    }

    private var dates: ExportDates { ExportDates(texts: ExportTexts(data: resources.data, language: language)) }

    /// The day of a stored time, as the language writes dates.
    func day(_ stored: String?) -> String {
        stored.flatMap { CivilDate(iso: $0.prefix(10)) }.map(dates.date) ?? ""
    }

    /// The name of a source in words.
    func source(_ source: ListeningEntry.Source) -> String {
        switch source {
        case .comment: return text(.listenSourceComment)
        case .message: return text(.listenSourceMessage)
        case .storyReply: return text(.listenSourceStoryReply)
        case .survey: return text(.listenSourceSurvey)
        case .mention: return text(.listenSourceMention)
        case .other: return text(.listenSourceOther)
        }
    }

    /// Every entry, one a line (long texts cut).
    public func listing(_ log: ListeningLog) -> String {
        guard !log.entries.isEmpty else { return text(.listenEmpty) }
        return log.entries.map { entry in
            let said = entry.text.replacingOccurrences(of: "\n", with: " ")
            return text(.listenListLine, ["id": entry.id, "date": day(entry.at), "source": source(entry.source),
                                          "kinds": entry.kinds.map { text($0.messageKey) }.joined(separator: ", "),
                                          "answered": entry.answered ? text(.listenAnsweredMark) : "",
                                          "text": said.count > 100 ? String(said.prefix(99)) + "…" : said])
        }.joined(separator: "\n")
    }

    /// The digest: kinds, then topics with quotes.
    public func digest(_ digest: ListeningDigest) -> String {
        guard digest.entries > 0 else { return text(.listenEmpty) }
        var lines = [text(.listenDigestHeading, ["period": dates.period(from: digest.from, to: digest.to), "entries": number(digest.entries), "count": String(digest.entries)]),
                     text(.listenDigestKinds, ["kinds": digest.kinds.map { tally(text($0.kind.messageKey), $0.count) }.joined(separator: ", ")]), ""]
        if digest.topics.isEmpty { lines.append(text(.listenDigestNoTopics)) }
        for topic in digest.topics {
            lines.append(tally(topic.word, topic.count))
            for quote in topic.quotes {
                let line = quote.replacingOccurrences(of: "\n", with: " ")
                lines.append("  " + text(.listenDigestQuote, ["quote": line.count > 120 ? String(line.prefix(119)) + "…" : line]))
            }
        }
        return lines.joined(separator: "\n")
    }
}
