import Foundation

/// A running `kuulo` with piped input that a test feeds line by line, for conversations that must
/// interleave with something else (another session saving, a signal).
final class LiveProcess {
    let process = Process()
    private let input = Pipe()
    private let outPath: String
    private let errPath: String

    init(_ arguments: [String], folder: String, environment: [String: String] = [:]) throws {
        outPath = folder + "/.live-out-" + UUID().uuidString
        errPath = folder + "/.live-err-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = BinaryRunner.environment(folder: folder, extra: environment)
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    var stdout: String { BinaryRunner.read(outPath) }
    var stderr: String { BinaryRunner.read(errPath) }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Waits until standard output contains `text` (or the time runs out); returns whether it did.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Closes the input and waits for the exit code.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Sends a signal and waits for the exit code.
    func signal(_ number: Int32) -> Int32 {
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
