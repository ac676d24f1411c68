import Foundation

/// Adds what members said to the plan's listening log, each classified and numbered.
public struct ListeningRecorder {
    let classifier: MemberMessageClassifier
    let language: Language
    let lemmatizer: (any Lemmatizer)?

    /// A recorder classifying with `resources`' cues in `language` (a message's own language is not
    /// detected: the log's entries are read in the plan's language), followed keywords found by base
    /// form through `lemmatizer`.
    public init(resources: KuuloResources, language: Language, lemmatizer: (any Lemmatizer)? = nil) {
        classifier = resources.memberMessageClassifier
        self.language = language
        self.lemmatizer = lemmatizer
    }

    /// `content` with `messages` added; a message without a time gets `now` (wall-clock, the plan's zone).
    public func add(_ messages: [HeardMessage], to content: JSONValue, now: String) -> (content: JSONValue, added: [ListeningEntry]) {
        var content = content
        let plan = Plan(json: content)
        let keywords = plan.monitoring?.keywords ?? []
        let contacts = PublicContacts(json: content["organisation"]?["publicContacts"])
        var next = Int(ListeningLog(content: content).nextID) ?? 1
        var added: [ListeningEntry] = []
        for message in messages {
            let found = classifier.classify(message.text, language: language, keywords: keywords, contacts: contacts, lemmatizer: lemmatizer)
            let entry = ListeningEntry(id: String(next), text: message.text, source: message.source, at: message.at ?? now, author: message.author,
                                       kinds: found.kinds, keywords: found.keywords)
            content.setValue(entry.json, at: ListeningLog.pointer(entry.id))
            added.append(entry)
            next += 1
        }
        return (content, added)
    }

    /// The time `date` reads in the plan's zone, as the log stores it.
    public static func now(_ date: Date, timeZone: String?) -> String {
        let zone = timeZone.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        return ListeningImport.text(zone.local(UTCInstant(seconds: Int(date.timeIntervalSince1970))))
    }
}
