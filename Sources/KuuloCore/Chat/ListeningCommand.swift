import Foundation

/// `/listen` (`/kuuntelu`): records what a member said through the `listen` flow; `log` lists the
/// listening log and `digest` shows what members talked about. The flow's completion hook sorts the
/// new entry into kinds here.
struct ListeningCommand {
    let resources: KuuloResources
    let language: Language

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(resources.messages.text(key, language, arguments), style: style))
    }

    /// What `/listen ARGUMENT` does: shows the log or the digest, marks entry N answered (the new
    /// content), or says how to use it; `nil` to start recording.
    func show(_ argument: String, content: JSONValue, digestWords: DigestWords) -> (effects: [ChatEffect], content: JSONValue?)? {
        let words = argument.split(separator: " ").map(String.init)
        let word = words.first ?? ""
        guard !word.isEmpty else { return nil }
        let command = resources.commands.command(id: "listen")
        let text = ListeningText(resources: resources, language: language)
        switch command?.action(for: word) {
        case "log"?:
            return ([.say(ChatMessage(text.listing(ListeningLog(content: content))))], nil)
        case "digest"?:
            let digest = ListeningDigest(log: ListeningLog(content: content), words: digestWords)
            return ([.say(ChatMessage(text.digest(digest)))], nil)
        case "answered"? where words.count == 2:
            let pointer = ListeningLog.pointer(words[1]).appending("answered")
            guard content.value(at: ListeningLog.pointer(words[1])) != nil else {
                return ([say(.listenNoEntry, ["id": words[1]], style: .error)], nil)
            }
            var updated = content
            updated.setValue(.bool(true), at: pointer)
            return ([say(.listenMarkedAnswered, ["id": words[1]], style: .success)], updated)
        default:
            return ([say(.resultsUsage, ["usage": command?.usage.text(language) ?? ""], style: .error)], nil)
        }
    }

    /// The member questions left unanswered longer than the plan's fastest response time (a day when
    /// the plan names none), at `now`.
    func overdueQuestions(in content: JSONValue, now: Date) -> [ListeningEntry] {
        // Every chat start asks this: a plan without a log costs no reading of the plan.
        guard content["listening"]?["entries"]?.objectValue?.isEmpty == false else { return [] }
        let plan = Plan(json: content)
        let zone = plan.organisation?.timeZone.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        let limit = (plan.channels ?? [:]).values.compactMap { $0.responseTime.flatMap(Self.seconds) }.min() ?? 86_400
        let current = zone.local(UTCInstant(seconds: Int(now.timeIntervalSince1970))).secondsAsUTC
        return ListeningLog(content: content).entries.filter { entry in
            guard entry.kinds.contains(.question), !entry.answered, let at = LocalDateTime(iso: entry.at) else { return false }
            return current - at.secondsAsUTC > limit
        }
    }

    /// A response time as the plan stores it (`1-day`, `2-working-days`, `4-hours`) in seconds; a
    /// working day counts as a day.
    static func seconds(_ responseTime: String) -> Int? {
        let parts = responseTime.split(separator: "-")
        guard let count = parts.first.flatMap({ Int($0) }), let unit = parts.last else { return nil }
        switch unit {
        case "hour", "hours": return count * 3_600
        case "day", "days": return count * 86_400
        default: return nil
        }
    }

    /// Sorts entry `key` of `content` into kinds, finds the followed keywords, stamps the time, and
    /// says what was found (with a privacy warning when the entry needs one); keywords by base form
    /// through `lemmatizer`.
    func classify(_ key: String, in content: JSONValue, now: Date, lemmatizer: (any Lemmatizer)?) -> (content: JSONValue, effects: [ChatEffect]) {
        var content = content
        let pointer = ListeningLog.pointer(key)
        guard var entry = content.value(at: pointer).flatMap({ ListeningEntry(id: key, json: $0) }) else { return (content, []) }
        let plan = Plan(json: content)
        let found = resources.memberMessageClassifier.classify(entry.text, language: language, keywords: plan.monitoring?.keywords ?? [],
                                                               contacts: PublicContacts(json: content["organisation"]?["publicContacts"]), lemmatizer: lemmatizer)
        entry.kinds = found.kinds
        entry.keywords = found.keywords
        if entry.at.isEmpty { entry.at = ListeningRecorder.now(now, timeZone: plan.organisation?.timeZone) }
        if entry.author?.isEmpty == true { entry.author = nil }
        content.setValue(entry.json, at: pointer)
        var effects = [say(.listenAdded, ["id": key, "kinds": entry.kinds.map { resources.messages.text($0.messageKey, language) }.joined(separator: ", ")],
                           style: .success)]
        if !entry.keywords.isEmpty { effects.append(say(.listenKeywords, ["keywords": entry.keywords.joined(separator: ", ")])) }
        if entry.kinds.contains(.privacy) { effects.append(say(.listenPrivacyWarning, style: .error)) }
        return (content, effects)
    }
}
