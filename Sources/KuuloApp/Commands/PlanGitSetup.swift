import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan git-setup`: makes git merge the plan with Kuulo's field-by-field merge — a line in the
/// repository's `.gitattributes` naming the plan, and the `merge.kuulo` driver in the repository's
/// git configuration — and says what it did.
struct PlanGitSetup: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge the plan field by field with Kuulo (writes .gitattributes and the git configuration).")
    @OptionGroup var options: GlobalOptions

    /// The driver's name in `.gitattributes` and the git configuration.
    static let driverName = "kuulo"

    func execute() -> Int32 {
        withContext(options) { context in
            let language = context.language(for: try? context.store().load())
            let messages = context.resources.messages
            let planPath = Self.absolute(context.planPath)
            let folder = LocalFileSystem.folder(of: planPath)
            guard let root = Git.run(["-C", folder, "rev-parse", "--show-toplevel"]).output, !root.isEmpty else {
                return context.fail(KuuloError(.gitSetupNotRepository, ["folder": folder], exitCode: ExitCodes.failure), language: language)
            }
            let rootPath = Self.resolved(root)
            let planInRepository = Self.resolved(folder) + "/" + PathName.lastComponent(of: planPath)
            let relative = planInRepository.hasPrefix(rootPath + "/") ? String(planInRepository.dropFirst(rootPath.count + 1)) : PathName.lastComponent(of: planPath)
            let folderPart = PathName.folder(of: relative)
            let name = PathName.lastComponent(of: relative)
            let prefix = folderPart.isEmpty ? "" : folderPart + "/"
            let additions = [
                (".gitattributes", Self.attributePattern(relative) + " merge=" + Self.driverName),
                // The lock file, the set-aside copies of refused saves and the open chats' markers are this
                // machine's, not the board's.
                (".gitignore", prefix + "." + name + ".lock"),
                (".gitignore", prefix + name + ".unsaved-*.json"),
                (".gitignore", prefix + "." + name + ".chat-*"),
            ]
            for (file, line) in additions {
                switch Self.appendLine(line, to: rootPath + "/" + file, fileSystem: context.fileSystem) {
                case .present: context.output.line(messages.text(.gitSetupAttributesPresent, language, ["file": file, "line": line]))
                case .added: context.output.line(messages.text(.gitSetupAttributes, language, ["file": file, "line": line]))
                case .failed(let reason):
                    return context.fail(KuuloError(.gitSetupFailed, ["reason": reason], exitCode: ExitCodes.ioError), language: language)
                }
            }
            let driver = Self.shellQuoted(Self.executablePath()) + " plan merge %O %A %B"
            for (key, value) in [("merge.\(Self.driverName).name", messages.text(.gitDriverName, language)), ("merge.\(Self.driverName).driver", driver)] {
                let result = Git.run(["-C", rootPath, "config", key, value])
                guard result.status == 0 else {
                    return context.fail(KuuloError(.gitSetupFailed, ["reason": result.error], exitCode: ExitCodes.ioError), language: language)
                }
                context.output.line(messages.text(.gitSetupConfig, language, ["key": key, "value": value]))
            }
            context.output.line(messages.text(.gitSetupDone, language, ["files": ".gitattributes .gitignore"]))
            return ExitCodes.ok
        }
    }

    /// What adding a line to a git file did.
    enum Addition: Equatable {
        case present, added
        case failed(String)
    }

    /// Adds `line` to the file at `path` (created when missing) unless it has it already.
    static func appendLine(_ line: String, to path: String, fileSystem: FileSystem) -> Addition {
        let existing = (try? fileSystem.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) { return .present }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        do throws(FileSystemError) {
            try fileSystem.writeAtomically(Array((existing + separator + line + "\n").utf8), to: path)
        } catch {
            return .failed(error.reason)
        }
        return .added
    }

    /// The pattern for `path` in `.gitattributes`: quoted (C style) when it holds a space or a quote.
    static func attributePattern(_ path: String) -> String {
        guard path.contains(where: { $0 == " " || $0 == "\"" || $0 == "\\" || $0 == "\t" }) else { return path }
        return "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    /// `text` quoted for the shell git runs the driver with.
    static func shellQuoted(_ text: String) -> String {
        guard text.contains(where: { !($0.isLetter || $0.isNumber || "/._-+".contains($0)) }) else { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// This program's own absolute path, so that git runs the same Kuulo.
    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return absolute(CommandLine.arguments.first ?? "kuulo")
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// `path` with symbolic links resolved (git prints the repository root resolved).
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}

/// Runs `git` and collects what it printed.
enum Git {
    /// The exit status, standard output (trimmed; `nil` when git could not run or failed) and error text.
    static func run(_ arguments: [String]) -> (status: Int32, output: String?, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            return (-1, nil, error.localizedDescription)
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let errorText = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (process.terminationStatus, process.terminationStatus == 0 ? text : nil, errorText)
    }
}
