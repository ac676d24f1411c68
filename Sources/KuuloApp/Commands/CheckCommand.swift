import ArgumentParser
import Foundation
import KuuloCore
import Linguistics

/// `kuulo check`: lint a draft post for the chosen channels, or a draft of the plan's content calendar
/// with `--draft N`; `--at` checks the publishing time against the plan's cadence and calendar.
struct CheckCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a draft post: hashtags, length, privacy, tone, spelling, alt text, timing (exit 1 when something is an error)."
    )

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("channel"), help: "A channel the post is for (repeatable): instagram, facebook, linkedin, x, threads, tiktok, bluesky, mastodon, or a channel of the plan by key or kind.")
    var channels: [String] = []
    @Option(help: ArgumentHelp("Check draft N of the plan's content calendar: each channel text, the alt text and the time against the rest of the calendar (give no FILE).", valueName: "n"))
    var draft: String?
    @Option(help: ArgumentHelp("The publishing time to check against the plan's cadence, calendar and quiet hours, e.g. \"2026-12-01 18:00\" (local time); with --draft, instead of the draft's own time.", valueName: "time"))
    var at: String?
    @Option(help: "text (for people) or json (for programs)") var format: OutputFormat = .text
    @Flag(help: "Reply mode: the draft answers a comment, so hostile or shouting tone is an error.") var reply = false
    @Flag(help: "List every rule with its severity and a one-line summary, and check nothing.") var listRules = false
    @Argument(help: "The draft file, or - for standard input (the default).") var file: String?

    func execute() -> Int32 {
        withContext(options) { context in
            var language = context.language(for: nil)
            if listRules {
                // The chat's language: --lang, else the plan's when there is a readable one, else the locale's.
                let store = context.store()
                let plan = context.fileSystem.exists(store.path) ? (try? context.loadPlan(store, language: language)) ?? nil : nil
                return listAllRules(context, language: context.language(for: plan))
            }
            if draft != nil, let file {
                return context.fail(KuuloError(.errorCheckDraftWithFile, ["file": file], exitCode: ExitCodes.usage), language: language)
            }
            var scheduledAt: String?
            if let at {
                guard let parsed = LocalDateTimeText.parse(at, words: DateWords(data: context.resources.data)) else {
                    return context.fail(KuuloError(.errorCheckAtInvalid, ["value": at], exitCode: ExitCodes.usage), language: language)
                }
                scheduledAt = parsed
            }
            let plan: PlanDocument?
            switch loadPlan(context, language: language) {
            case .success(let loaded): plan = loaded
            case .failure(let failure): return failure.code
            }
            language = context.language(for: plan)
            let channelMap = CheckChannels(resources: context.resources, plan: plan?.content)
            var platforms: [Platform] = []
            var planChannels: [String] = []
            for channel in channels {
                let resolved = channelMap.resolve(channel)
                guard resolved.platform != nil || !resolved.keys.isEmpty else {
                    let known = channelMap.known.joined(separator: ", ")
                    return context.fail(KuuloError(.errorUnknownChannel, ["channel": channel, "known": known], exitCode: ExitCodes.usage), language: language)
                }
                if let platform = resolved.platform, !platforms.contains(platform) { platforms.append(platform) }
                planChannels += resolved.keys.filter { !planChannels.contains($0) }
            }
            let checks = checkSession(context, language: language)
            if let draft {
                guard let plan else {
                    return context.fail(KuuloError(.errorCheckDraftNoPlan, ["path": context.store().path], exitCode: ExitCodes.noInput), language: language)
                }
                let drafts = plan.content["calendar"]?["drafts"]?.objectValue ?? [:]
                guard let json = drafts[draft] else {
                    let known = drafts.keys.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
                    return context.fail(KuuloError(.errorCheckDraftMissing, ["number": draft, "known": known.isEmpty ? "–" : known.joined(separator: ", ")],
                                                   exitCode: ExitCodes.noInput), language: language)
                }
                var schedule = DraftSchedule(draft: json, number: draft, rules: checks.scheduleRules, channelNames: channelMap.names)
                if let scheduledAt { schedule.scheduledAt = scheduledAt }
                if Draft(number: draft, json: json).currentStatus != .published { schedule.checkedAt = context.environment.now }
                if !channels.isEmpty { schedule.channels = schedule.channels.filter { planChannels.contains($0) } }
                return checkDraft(draft, json: json, schedule: schedule, channelMap: channelMap, plan: plan, checks: checks, context: context, language: language)
            }
            let text: String
            switch readDraft(context, language: language) {
            case .success(let read): text = read
            case .failure(let failure): return failure.code
            }
            let schedule = scheduledAt.map { DraftSchedule(channels: planChannels, scheduledAt: $0, rules: checks.scheduleRules,
                                                           channelNames: channelMap.names, checkedAt: context.environment.now) }
            let report = checks.check(text, plan: plan?.content, request: CheckRequest(
                platforms: platforms, language: options.lang == nil ? nil : language, fallbackLanguage: language, replyMode: reply, schedule: schedule))
            let catalog = CheckCatalog(data: context.resources.data)
            context.reportDataWarnings(language: language)
            if format == .json {
                context.output.raw(JSONWriter.pretty(report.json(text: text, catalog: catalog, language: language)))
            } else {
                context.output.raw(FindingPrinter(messages: context.resources.messages, catalog: catalog, language: language).render(report, text: text, file: file ?? "-"))
            }
            return report.hasErrors ? ExitCodes.failure : ExitCodes.ok
        }
    }

    /// `--draft N`: the whole-post findings (alt text, schedule) once, then each channel text of the
    /// draft in each language, checked for its channel's platform.
    private func checkDraft(_ number: String, json: JSONValue, schedule: DraftSchedule, channelMap: CheckChannels, plan: PlanDocument,
                            checks: CheckSession, context: AppContext, language: Language) -> Int32 {
        let post = CheckReport(hashtags: [], mentions: [], urls: [], graphemes: 0, utf16: 0, findings: checks.wholePostFindings(schedule, plan: plan.content))
        var texts: [(channel: String, language: String, text: String, report: CheckReport)] = []
        for entry in DraftTextExport.entries(of: json, channels: channels.isEmpty ? nil : schedule.channels) {
            let (channel, textLanguage, text) = (entry.channel, entry.language, entry.text)
            let ruleLanguage = Language(rawValue: textLanguage) ?? (options.lang == nil ? nil : language)
            let report = checks.check(text, plan: plan.content, request: CheckRequest(
                platforms: channelMap.platform(ofChannel: channel).map { [$0] } ?? [], language: ruleLanguage, fallbackLanguage: language, replyMode: reply,
                publishAt: schedule.scheduledAt))
            texts.append((channel, textLanguage, text, report))
        }
        let catalog = CheckCatalog(data: context.resources.data)
        context.reportDataWarnings(language: language)
        let base = "/calendar/drafts/\(number)"
        if format == .json {
            let textsJSON = texts.map { item -> JSONValue in
                var object = item.report.json(text: item.text, catalog: catalog, language: language).objectValue ?? [:]
                object["channel"] = .string(item.channel)
                object["language"] = .string(item.language)
                return .object(object)
            }
            context.output.raw(JSONWriter.pretty(.object([
                "draft": .string(number),
                "findings": post.json(text: "", catalog: catalog, language: language)["findings"] ?? .array([]),
                "texts": .array(textsJSON),
            ])))
        } else {
            let printer = FindingPrinter(messages: context.resources.messages, catalog: catalog, language: language)
            let all = post.findings + texts.flatMap(\.report.findings)
            if all.isEmpty {
                context.output.raw(context.resources.messages.text(.checkClean, language) + "\n")
            } else {
                var output = printer.findingLines(post, text: "", file: base)
                for item in texts {
                    output += printer.findingLines(item.report, text: item.text, file: "\(base)/texts/\(item.channel)/\(item.language)")
                }
                context.output.raw(output + printer.summary(all))
            }
        }
        return post.hasErrors || texts.contains { $0.report.hasErrors } ? ExitCodes.failure : ExitCodes.ok
    }

    /// The one check session of this run: the word lists, and Voikko and Hunspell opened once, on the
    /// first text that needs them.
    private func checkSession(_ context: AppContext, language: Language) -> CheckSession {
        let grammarLanguage = language.rawValue
        return CheckSession(data: context.resources.data, services: { LanguageServices.system(grammarDescriptionLanguage: grammarLanguage) },
                            segmenter: VocabularySegmenter.system(data: context.resources.data))
    }

    /// `--list-rules`: every rule of the registry with its severity and summary in `language`.
    private func listAllRules(_ context: AppContext, language: Language) -> Int32 {
        let catalog = CheckCatalog(data: context.resources.data)
        let listing = RuleListing(catalog: catalog, language: language)
        context.reportDataWarnings(language: language)
        if format == .json {
            context.output.raw(JSONWriter.pretty(listing.json))
        } else {
            let printer = FindingPrinter(messages: context.resources.messages, catalog: catalog, language: language)
            context.output.raw(printer.ruleTable(listing))
        }
        return ExitCodes.ok
    }

    /// The plan given with --plan (must load), else the default plan if there is one.
    private func loadPlan(_ context: AppContext, language: Language) -> Result<PlanDocument?, ContextFailure> {
        let explicit = options.plan != nil || context.environment.value("KUULO_PLAN") != nil
        let store = context.store()
        if !explicit, !context.fileSystem.exists(store.path) { return .success(nil) }
        do {
            guard let document = try context.loadPlan(store, language: language) else {
                return .failure(ContextFailure(code: context.fail(KuuloError(.errorFileMissing, ["path": store.path], exitCode: ExitCodes.noInput), language: language)))
            }
            return .success(document)
        } catch {
            return .failure(ContextFailure(code: context.fail(error, language: language)))
        }
    }

    private func readDraft(_ context: AppContext, language: Language) -> Result<String, ContextFailure> {
        let path = file ?? "-"
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do {
                bytes = try context.fileSystem.read(path)
            } catch {
                let failure: KuuloError
                switch error {
                case .missing: failure = KuuloError(.errorFileMissing, ["path": path], exitCode: ExitCodes.noInput)
                case .system, .failed:
                    failure = KuuloError(.errorReadFailed, ["path": path, "reason": error.text(context.resources.messages, language)], exitCode: ExitCodes.ioError)
                }
                return .failure(ContextFailure(code: context.fail(failure, language: language)))
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ContextFailure(code: context.fail(KuuloError(.errorInvalidUTF8Input, exitCode: ExitCodes.dataError), language: language)))
        }
        return .success(text)
    }
}
