import ArgumentParser
import Foundation
import KuuloCore

/// The `kuulo` command: the chat by default, and subcommands that give scripts the same powers.
public struct Kuulo: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kuulo",
        abstract: "Kuulo — a chat assistant for listening to members on social media (kuuntele jäseniä somessa).",
        version: KuuloVersion.current,
        subcommands: [ChatCommand.self, CheckCommand.self, AskCommand.self, PlanCommand.self, InsightsCommand.self, ListenCommand.self, DataCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    public init() {}

    /// Parses the command line, runs the command, and exits with its code. The plain chat start and
    /// the plain `kuulo ask` are read without ArgumentParser (`PlainChatStart`, `PlainAskStart`);
    /// everything else goes through it.
    public static func start() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let options = PlainChatStart.options(for: arguments) {
            Foundation.exit(ChatCommand.execute(options))
        }
        if let ask = PlainAskStart.request(for: arguments) {
            Foundation.exit(AskCommand.execute(ask.options, format: ask.format, question: ask.question))
        }
        do {
            var command = try parseAsRoot()
            if let runnable = command as? KuuloRunnable {
                Foundation.exit(runnable.execute())
            }
            try command.run()
            Foundation.exit(ExitCodes.ok)
        } catch {
            // A command-line error quotes what was typed, so it is shown terminal-safe like every other
            // diagnostic; help, version and completion scripts are ArgumentParser's own, printed as they are.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            guard code != .success, !message.isEmpty else { exit(withError: error) }
            Output(colour: false, errorColour: false).error(message)
            Foundation.exit(code.rawValue)
        }
    }
}

/// Kuulo's version.
public enum KuuloVersion {
    /// The version string `kuulo --version` prints.
    public static let current = "0.1.0"
}

/// A subcommand that returns its exit code instead of throwing, so that every error is reported
/// through `ExitCodes.report` in the user's language.
public protocol KuuloRunnable {
    /// Runs the command and returns the process exit code.
    func execute() -> Int32
}

extension ParsableCommand where Self: KuuloRunnable {
    /// ArgumentParser's entry point for the subcommands: their exit code, as ArgumentParser expects it.
    public func run() throws {
        let code = execute()
        if code != 0 { throw ExitCode(code) }
    }
}

extension KuuloRunnable {
    /// Runs `body` with the command's context, or returns the exit code of the reported reason why the
    /// context could not be built (the one opening every command shares).
    func withContext(_ options: GlobalOptions, _ body: (AppContext) -> Int32) -> Int32 {
        AppContext.with(options.values, body)
    }

    /// Builds the context or reports why it cannot be built.
    func makeContext(_ options: GlobalOptions) -> Result<AppContext, ContextFailure> {
        AppContext.make(options.values)
    }
}

extension AppContext {
    /// Runs `body` with the context for `options`, or returns the exit code of the reported reason why
    /// the context could not be built.
    static func with(_ options: RunOptions, _ body: (AppContext) -> Int32) -> Int32 {
        switch make(options) {
        case .success(let context): return body(context)
        case .failure(let failure): return failure.code
        }
    }

    /// Builds the context for `options` or reports why it cannot be built.
    static func make(_ options: RunOptions) -> Result<AppContext, ContextFailure> {
        do {
            return .success(try AppContext(options: options))
        } catch {
            let environment = AppEnvironment.current()
            let fallback = KuuloResources(data: EmbeddedFilesAccess.dataFiles())
            let output = Output(colour: false, errorColour: false)
            let code = ExitCodes.report(error, messages: fallback.messages, language: environment.localeLanguage ?? .en, output: output)
            return .failure(ContextFailure(code: code))
        }
    }
}

/// The exit code of a run that could not start.
struct ContextFailure: Error {
    let code: Int32
}
