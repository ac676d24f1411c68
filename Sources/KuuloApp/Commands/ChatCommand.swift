import ArgumentParser
import Foundation
import KuuloCore
import LineEditing
import Linguistics

/// `kuulo` / `kuulo chat`: the conversation on the plan.
struct ChatCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Open the chat on the plan (the default)."
    )

    @OptionGroup var options: GlobalOptions

    /// How old (in seconds) a temporary file of the user or line-history file must be before a start
    /// removes it: a live session holds one for milliseconds.
    static let leftoverAge = 60.0

    func execute() -> Int32 {
        Self.execute(options.values)
    }

    /// Runs the chat with `options` (also the plain chat start's way in, without ArgumentParser).
    static func execute(_ options: RunOptions) -> Int32 {
        AppContext.with(options) { context in
            let store = context.store()
            var language = context.language(for: nil)
            var document: PlanDocument?
            do throws(KuuloError) {
                document = try context.loadPlan(store, language: language)
            } catch {
                return context.fail(error, language: language)
            }
            language = context.language(for: document)
            // A new plan is begun in the language the chat speaks now; later chats keep it.
            if document == nil, context.explicitLanguage == nil { context.rememberLanguage(language) }
            var copyNotes: [ChatMessage] = []
            if let loaded = document {
                let merger = SyncCopyMerger(store: store, fileSystem: context.fileSystem, messages: context.resources.messages, language: language)
                (document, copyNotes) = merger.mergeCopies(into: loaded)
            }
            if document == nil, !store.canCreate() {
                let folder = LocalFileSystem.folder(of: store.path)
                return context.fail(KuuloError(.errorDirectoryUnwritable, ["path": folder], exitCode: ExitCodes.ioError), language: language)
            }
            let memory = UserMemory(path: context.environment.stateDirectory + "/user")
            // What killed sessions left while replacing these two files (the plan's own leftovers are
            // removed by PlanStore.load under the plan's lock).
            for path in [memory.path, context.environment.historyPath] {
                LocalFileSystem().removeStaleLeftovers(of: path, olderThan: ChatCommand.leftoverAge)
            }
            if let flagUser = options.user { memory.remember(flagUser) }
            let user = context.explicitUser ?? memory.recall()
            Signals.install()
            let interactive = context.environment.isInteractive
            // At a terminal: whether another chat seems to have the plan open (a hint, not a lock).
            let marker = interactive ? OpenChatMarker(planPath: store.path) : nil
            let openElsewhere = marker?.others()
            marker?.create(user: user)
            var session = ChatSession(document: document ?? PlanDocument(), resources: context.resources, language: language,
                                      userName: user, planPath: store.path, clock: { [environment = context.environment] in environment.now })
            session.services.segmenter = VocabularySegmenter.system(data: context.resources.data)
            // The base forms kept by `kuulo ask` or an earlier chat, if any, spare Voikko the articles.
            session.services.lemmatizers = [.fi: CachedLemmatizer(data: context.resources.data, environment: context.environment)]
            session.services.stemmers = LazyStemmer.forEveryLanguage()
            let grammarLanguage = language.rawValue
            session.services.checkServices = { LanguageServices.system(grammarDescriptionLanguage: grammarLanguage) }
            let resources = context.resources
            let chatLanguage = ChatLanguage(language)
            let editing = !interactive ? nil : EditLineReader(history: HistoryFile(path: context.environment.historyPath), completer: { line, word in
                // libedit may leave the slash out of the word it completes; complete the whole last
                // token and hand back only the part that belongs to libedit's word.
                let token = line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                let extra = max(0, token.count - word.count)
                return resources.completions(for: line, language: chatLanguage.current).map { String($0.dropFirst(min(extra, $0.count))) }
            })
            // Without libedit (not installed) the terminal still works, one plain line at a time.
            let reader: LineReader = editing ?? PlainLineReader()
            context.reportDataWarnings(language: language)
            for note in copyNotes { context.output.message(note) }
            if let others = openElsewhere, !others.isEmpty {
                let names = others.filter { !$0.isEmpty }
                let key: MessageKey = names.isEmpty ? .planOpenElsewhereUnnamed : .planOpenElsewhere
                context.output.message(ChatMessage(context.resources.messages.text(key, language, ["names": names.joined(separator: ", ")]), style: .hint))
            }
            let runner = ChatRunner(session: session, reader: reader, store: store, context: context, interactive: interactive, userMemory: memory,
                                    chatLanguage: chatLanguage)
            let code = runner.run()
            marker?.remove()
            // The process ends with this code (`Kuulo.start`): the session, its plan and the data set are
            // left to the system instead of being freed one by one, which cost ~2.5 M instructions, a
            // tenth of a small plan's start to exit. Everything was written and flushed already.
            _ = Unmanaged.passRetained(runner)
            return code
        }
    }
}
