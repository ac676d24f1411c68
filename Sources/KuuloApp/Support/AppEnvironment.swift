import Foundation
import KuuloCore
import KuuloData

/// What the process was started with: environment variables and whether it talks to a terminal.
public struct AppEnvironment {
    /// Environment variables.
    public var variables: [String: String]
    /// Standard input and output are terminals and TERM is not `dumb`.
    public var isInteractive: Bool
    /// Standard output is a terminal.
    public var stdoutIsTerminal: Bool
    /// Standard error is a terminal.
    public var stderrIsTerminal: Bool

    /// The current process's environment.
    public static func current() -> AppEnvironment {
        let variables = environmentVariables()
        let stdinTTY = isatty(0) == 1
        let stdoutTTY = isatty(1) == 1
        let term = variables["TERM"] ?? ""
        return AppEnvironment(
            variables: variables,
            isInteractive: stdinTTY && stdoutTTY && term != "dumb" && !term.isEmpty,
            stdoutIsTerminal: stdoutTTY,
            stderrIsTerminal: isatty(2) == 1
        )
    }

    /// The process's environment variables, read from `environ` (as `ProcessInfo` does, without
    /// setting up `ProcessInfo`, ~0.4 M instructions of every start). The table is made at its final
    /// size and each entry split at its first `=` byte: growing it and splitting by `Character` cost
    /// another ~0.5 M.
    private static func environmentVariables() -> [String: String] {
        var count = 0
        while environ[count] != nil { count += 1 }
        var variables = [String: String](minimumCapacity: count)
        for position in 0..<count {
            guard let entry = environ[position], let equals = strchr(entry, Int32(UInt8(ascii: "="))) else { continue }
            let name = UnsafeRawBufferPointer(start: entry, count: equals - entry)
            variables[String(decoding: name, as: UTF8.self)] = String(cString: equals + 1)
        }
        return variables
    }

    /// The width of the terminal standard output writes to, or `nil` when it is not a terminal (or
    /// says nothing about its size). `COLUMNS` is used when the terminal itself does not tell.
    public func terminalWidth() -> Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return value("COLUMNS").flatMap { Int($0) }
    }

    /// A non-empty variable, or `nil`.
    public func value(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), if Kuulo speaks it.
    public var localeLanguage: Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = value(name) {
                return value == "C" || value == "POSIX" ? nil : Language(identifier: value)
            }
        }
        return nil
    }

    /// Kuulo's state folder: `$XDG_STATE_HOME/kuulo`, else `~/.local/state/kuulo`.
    public var stateDirectory: String {
        if let base = value("XDG_STATE_HOME") { return base + "/kuulo" }
        let home = value("HOME") ?? NSHomeDirectory()
        return home + "/.local/state/kuulo"
    }

    /// Kuulo's cache folder: `$XDG_CACHE_HOME/kuulo`, else `~/.cache/kuulo`.
    public var cacheDirectory: String {
        if let base = value("XDG_CACHE_HOME") { return base + "/kuulo" }
        return (value("HOME") ?? NSHomeDirectory()) + "/.cache/kuulo"
    }

    /// The time now: `KUULO_NOW` (an ISO 8601 instant such as `2026-11-25T12:00:00Z`, for reproducible
    /// runs: tests, demonstrations), else the system clock.
    public var now: Date {
        if let text = value("KUULO_NOW"), let instant = Timestamp.date(text) { return instant }
        return Date()
    }

    /// The history file: `KUULO_HISTORY`, else `history` in the state folder.
    public var historyPath: String {
        value("KUULO_HISTORY") ?? stateDirectory + "/history"
    }
}

/// Reads an organisation's data folder (`Prompts/`, `Knowledge/`, `Schema/` inside it) into overrides.
public enum DataDirectory {
    /// The folders an override directory may hold.
    public static let folders = ["Prompts", "Knowledge", "Schema"]

    /// Every regular file under the known folders of `root`, keyed by relative path.
    public static func read(_ root: String) throws(KuuloError) -> [String: String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KuuloError(.errorFileMissing, ["path": root], exitCode: ExitCodes.noInput)
        }
        var files: [String: String] = [:]
        for folder in folders {
            let base = root + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
            for case let relative as String in walker {
                let full = base + "/" + relative
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                      !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
                guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                    throw KuuloError(.errorReadFailed, ["path": full, "reason": "not UTF-8 text"], exitCode: ExitCodes.dataError)
                }
                files[folder + "/" + relative] = text
            }
        }
        return files
    }
}
