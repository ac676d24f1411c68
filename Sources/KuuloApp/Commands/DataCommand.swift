import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo data …`: the built-in Prompts and Knowledge.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Work with Kuulo's built-in texts and knowledge.",
        subcommands: [DataExport.self]
    )
}

struct DataExport: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in Prompts/ and Knowledge/ files to a folder, as a start for your own versions."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The folder to write to (created if missing).") var folder: String
    @Flag(help: "Overwrite files that already exist.") var force = false


    func execute() -> Int32 {
        withContext(options) { context in
            let language = context.language(for: nil)
            let files = context.resources.data.embedded
            var written = 0
            for path in files.keys.sorted() {
                guard let text = files[path] else { continue }
                let target = folder + "/" + path
                if FileManager.default.fileExists(atPath: target), !force { continue }
                do {
                    try FileManager.default.createDirectory(atPath: PathName.folder(of: target), withIntermediateDirectories: true)
                    try context.fileSystem.writeAtomically(Array(text.utf8), to: target)
                    written += 1
                } catch {
                    return context.fail(KuuloError(.errorExportTarget, ["path": target, "reason": (error as? FileSystemError)?.text(context.resources.messages, language) ?? "\(error)"], exitCode: ExitCodes.ioError), language: language)
                }
            }
            context.output.line(context.resources.messages.text(.dataExported, language, ["count": String(written), "path": folder]))
            return ExitCodes.ok
        }
    }
}
