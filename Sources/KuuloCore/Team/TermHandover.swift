import Foundation

/// Makes a change of term recorded by the handover flow (`/handover`) real in the plan, and sums up
/// the outgoing board's year: admin rights and recovery addresses of each account, owners and
/// substitutes of each channel, the leaving trustees out and the starting ones in (each offered the
/// onboarding when they next open Kuulo). Running it again changes nothing more.
struct TermHandover {
    let resources: KuuloResources
    let language: Language
    let now: Date

    /// The plan after the change, and what to tell the trustee.
    struct Outcome {
        /// The plan's content.
        var content: JSONValue
        /// What was changed and the year's summary.
        var effects: [ChatEffect]
    }

    private func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    /// Applies change of term `key` to `content`.
    func apply(_ key: String, to content: JSONValue) -> Outcome {
        guard let json = content["terms"]?[key] else { return Outcome(content: content, effects: []) }
        var term = Term(id: key, json: json)
        var plan = Plan(json: content)
        var lines: [String] = []
        var accounts = 0
        for (id, change) in (term.accounts ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard var account = plan.accounts?[id] else { continue }
            var admins = (account.admins ?? []).filter { name in !(change.revoke ?? []).contains { Self.same($0, name) } }
            for name in change.grant ?? [] where !admins.contains(where: { Self.same($0, name) }) { admins.append(name) }
            account.admins = admins.isEmpty ? nil : admins
            if let recovery = change.recovery?.nonBlank { account.recovery = recovery }
            plan.accounts?[id] = account
            accounts += 1
        }
        if accounts > 0 { lines.append(text(.handoverAccountsDone, ["count": String(accounts)])) }
        var channels = 0
        for (id, change) in term.channels ?? [:] {
            guard var channel = plan.channels?[id] else { continue }
            if let owners = change.owners { channel.owners = owners }
            if let substitutes = change.substitutes { channel.substitutes = substitutes }
            plan.channels?[id] = channel
            channels += 1
        }
        if channels > 0 { lines.append(text(.handoverChannelsDone, ["count": String(channels)])) }
        let starting = term.starting ?? []
        var removed: [String] = []
        for name in term.leaving ?? [] where !starting.contains(where: { Self.same($0, name) }) {
            for (id, trustee) in plan.trustees ?? [:] where trustee.name.map({ Self.same($0, name) }) ?? (id == Slug.make(name)) {
                plan.trustees?[id] = nil
                removed.append(name)
            }
        }
        if !removed.isEmpty { lines.append(text(.handoverTrusteesRemoved, ["names": removed.joined(separator: ", "), "count": String(removed.count)])) }
        for name in starting where !(plan.trustees ?? [:]).values.contains(where: { $0.name.map { Self.same($0, name) } ?? false }) {
            let id = Slug.make(name)
            guard !id.isEmpty else { continue }
            var trustees = plan.trustees ?? [:]
            trustees[id] = Trustee(id: id, json: .object(["name": .string(name)]))
            plan.trustees = trustees
        }
        if !starting.isEmpty { lines.append(text(.handoverOnboardingOffered, ["names": starting.joined(separator: ", "), "count": String(starting.count)])) }
        let year = yearSummary(plan: plan, content: content, term: key)
        term.summary = year.summary
        plan.terms?[key] = term
        var effects: [ChatEffect] = []
        if !lines.isEmpty {
            effects.append(.say(ChatMessage(text(.handoverDoneHeading) + "\n" + lines.map { "  • " + $0 }.joined(separator: "\n"), style: .success)))
        }
        effects.append(.say(ChatMessage(year.text, style: .plain)))
        return Outcome(content: plan.json, effects: effects)
    }

    /// The outgoing board's year: from the end of the change of term before (else a year back) to
    /// today, the drafts published against each channel's rhythm, and what the results and the
    /// listening log hold for those days, in the words of their own reports.
    func yearSummary(plan: Plan, content: JSONValue, term key: String) -> (summary: TermSummary, text: String) {
        let to = String(Timestamp.iso(now).prefix(10))
        let previous = (plan.terms ?? [:]).values.filter { $0.id != key }.compactMap(\.completedAt).map { String($0.prefix(10)) }.max()
        let from = previous ?? String(Timestamp.iso(now.addingTimeInterval(-365 * 86_400)).prefix(10))
        let dates = ExportDates(texts: ExportTexts(data: resources.data, language: language))
        func day(_ iso: String) -> String { CivilDate(iso: Substring(iso)).map(dates.date) ?? iso }
        let published = plan.drafts.values.filter { draft in
            guard draft.status == .published, let when = draft.publishedAt ?? draft.scheduledAt else { return false }
            let date = String(when.prefix(10))
            return date >= from && date <= to
        }
        var lines = [text(.handoverYearHeading, ["from": day(from), "to": day(to)])]
        lines.append(published.isEmpty ? text(.handoverYearNonePublished) : text(.handoverYearPublished, ["count": String(published.count)]))
        for (id, channel) in (plan.channels ?? [:]).sorted(by: { $0.key < $1.key }) where channel.removed != true {
            guard let cadence = channel.cadence else { continue }
            let count = published.filter { $0.channels?.contains(id) ?? false }.count
            let name = resources.channelCatalogue.displayName(of: id, ownName: channel.name, kind: channel.kind, language: language)
            let period = text(cadence.per == CadencePeriod.month.rawValue ? .cadencePerMonth : .cadencePerWeek)
            let (min, max) = (cadence.min ?? 0, cadence.max ?? 0)
            let rhythm = min == max ? String(min) : "\(min)–\(max)"
            lines.append("  • " + text(.handoverYearChannel, ["channel": name, "count": String(count), "rhythm": rhythm, "period": period]))
        }
        let insights = InsightsReport(content: content, from: from, to: to)
        if !insights.posts.isEmpty { lines += ["", insights.text(resources: resources, language: language)] }
        let digest = ListeningDigest(log: ListeningLog(content: content), from: from, to: to, baseForm: { $0 }, ignored: resources.stopwords(language))
        if digest.entries > 0 { lines += ["", ListeningText(resources: resources, language: language).digest(digest)] }
        if insights.posts.isEmpty, digest.entries == 0 { lines.append(text(.handoverYearNoMaterial)) }
        let summary = TermSummary(from: from, to: to, published: published.count, measured: insights.posts.count, listened: digest.entries)
        return (summary, lines.joined(separator: "\n"))
    }

    /// Whether `userName` starts in the latest finished change of term and has not begun the
    /// onboarding: the greeting then offers it.
    static func awaitsOnboarding(_ userName: String?, in content: JSONValue) -> Bool {
        guard let userName else { return false }
        let plan = Plan(json: content)
        let finished = (plan.terms ?? [:]).values.filter { $0.completedAt != nil }
        guard let latest = finished.max(by: { (Int($0.id) ?? 0) < (Int($1.id) ?? 0) }),
              (latest.starting ?? []).contains(where: { same($0, userName) }) else { return false }
        let trustee = (plan.trustees ?? [:]).values.first { $0.name.map { same($0, userName) } ?? false }
        return trustee?.onboarding?.startedAt == nil
    }

    /// The part an unfinished change of term goes on from, if one was started and not finished.
    static func unfinishedPart(in content: JSONValue) -> Int? {
        let open = (Plan(json: content).terms ?? [:]).values.filter { $0.completedAt == nil }
        return open.max { (Int($0.id) ?? 0) < (Int($1.id) ?? 0) }.map { $0.resumeAt ?? 1 }
    }

    /// Two names of one person, letter case aside.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(rhs.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }
}
