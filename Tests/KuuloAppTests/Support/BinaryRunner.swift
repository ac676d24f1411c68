import Foundation
import Testing

/// Runs the built `kuulo` binary as a user would, with piped input, and captures what it printed.
struct BinaryRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var code: Int32
    }

    /// The built binary next to the test bundle (or `KUULO_BINARY`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["KUULO_BINARY"] { return path }
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("kuulo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("kuulo").path
    }

    /// A fresh folder for one test, with its own state folder.
    static func makeFolder() -> String {
        let path = NSTemporaryDirectory() + "kuulo-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The environment a test runs the binary with: isolated state, no colour forcing, a neutral locale.
    static func environment(folder: String, extra: [String: String] = [:]) -> [String: String] {
        var environment: [String: String] = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder,
            "XDG_STATE_HOME": folder + "/state",
            "LANG": "C.UTF-8",
            "TERM": "xterm",
        ]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `kuulo ARGUMENTS` in `folder` with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", inputBytes: [UInt8]? = nil, folder: String, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment(folder: folder, extra: extra)
        let inputPath = folder + "/.stdin-" + UUID().uuidString
        let outPath = folder + "/.stdout-" + UUID().uuidString
        let errPath = folder + "/.stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: inputPath, contents: Data(inputBytes ?? Array(input.utf8)))
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            for path in [inputPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) }
        }
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        process.waitUntilExit()
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(stdout: stdout, stderr: stderr, code: process.terminationStatus)
    }

    /// Runs `kuulo ARGUMENTS` like `run`, killing it if it has not finished after `seconds`: `nil` then
    /// (a hang). The limit only keeps a hang from stalling the suite; it measures no speed.
    static func runBounded(_ arguments: [String], input: String = "", folder: String, seconds: Double) throws -> Result? {
        let name = UUID().uuidString
        let inputPath = folder + "/.stdin-" + name
        let outPath = folder + "/.stdout-" + name
        let errPath = folder + "/.stderr-" + name
        _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8))
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { for path in [inputPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment(folder: folder)
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return Result(stdout: read(outPath), stderr: read(errPath), code: process.terminationStatus)
    }

    /// Reads a file as text ("" when missing).
    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// The file's permission bits.
    static func mode(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.posixPermissions] as? Int) ?? -1
    }

    /// Parses a plan file's JSON with Foundation (an independent reader).
    static func json(_ path: String) -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Follows a path of keys through nested dictionaries.
    func at(_ keys: String...) -> Any? {
        var current: Any? = self
        for key in keys {
            current = (current as? [String: Any])?[key]
        }
        return current
    }
}
