import ArgumentParser
import Foundation
import KuuloCore
import Linguistics

/// `kuulo check`: lint a draft post for the chosen channels.
struct CheckCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a draft post: hashtags, length and more (exit 1 when something is an error)."
    )

    @OptionGroup var options: GlobalOptions
    @Option(name: .customLong("channel"), help: "A channel or platform the post is for (repeatable): instagram, facebook, linkedin, x, threads, tiktok, bluesky, mastodon.")
    var channels: [String] = []
    @Option(help: "text (for people) or json (for programs)") var format: OutputFormat = .text
    @Flag(help: "Reply mode: the draft answers a comment, so hostile or shouting tone is an error.") var reply = false
    @Argument(help: "The draft file, or - for standard input.") var file: String = "-"


    func execute() -> Int32 {
        let context: AppContext
        switch makeContext(options) {
        case .success(let made): context = made
        case .failure(let failure): return failure.code
        }
        var language = context.language(for: nil)
        let limits = PlatformLimits(data: context.resources.data)
        var platforms: [Platform] = []
        for channel in channels {
            guard let platform = limits.platform(for: channel) else {
                let known = limits.ids.joined(separator: ", ")
                return context.fail(KuuloError(.errorUnknownChannel, ["channel": channel, "known": known], exitCode: ExitCodes.usage), language: language)
            }
            if !platforms.contains(platform) { platforms.append(platform) }
        }
        let plan: PlanDocument?
        switch loadPlan(context, language: language) {
        case .success(let loaded): plan = loaded
        case .failure(let failure): return failure.code
        }
        language = context.language(for: plan)
        let text: String
        switch readDraft(context, language: language) {
        case .success(let read): text = read
        case .failure(let failure): return failure.code
        }
        let generic = context.resources.data.tree("Knowledge/data/generic-hashtags.yaml")?["generic"]?.stringArray ?? []
        let shortName = plan?.content["organisation"]?["shortName"]?.stringValue
        let ruleOptions = DraftRuleOptions(language: options.lang == nil ? nil : language, fallbackLanguage: language, replyMode: reply,
                                           publicContacts: PublicContacts(json: plan?.content["organisation"]?["publicContacts"]),
                                           knownWords: CheckContext.knownWords(in: plan?.content), acronyms: shortName.map { [$0] } ?? [])
        let content = CheckContext.ContentRules(options: ruleOptions, services: LanguageServices.system(grammarDescriptionLanguage: language.rawValue),
                                                data: DraftRuleData(data: context.resources.data))
        let checkContext = CheckContext(platforms: platforms, plan: plan?.content, genericTags: generic, segmenter: SystemSegmenter(), content: content)
        let report = DraftChecker().check(text, context: checkContext)
        let catalog = CheckCatalog(data: context.resources.data)
        context.reportDataWarnings(language: language)
        if format == .json {
            context.output.raw(JSONWriter.pretty(report.json(text: text, catalog: catalog, language: language)))
        } else {
            let name = file == "-" ? "-" : file
            context.output.raw(FindingPrinter(messages: context.resources.messages, catalog: catalog, language: language).render(report, text: text, file: name))
        }
        return report.hasErrors ? ExitCodes.failure : ExitCodes.ok
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
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do {
                bytes = try context.fileSystem.read(file)
            } catch {
                let failure: KuuloError
                switch error {
                case .missing: failure = KuuloError(.errorFileMissing, ["path": file], exitCode: ExitCodes.noInput)
                case .failed(let reason): failure = KuuloError(.errorReadFailed, ["path": file, "reason": reason], exitCode: ExitCodes.ioError)
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
