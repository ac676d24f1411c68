import Foundation
import LineEditing
import Testing
@testable import KuuloApp

@Suite("Safe files: exclusive temporary files, read-back, locks, bounded reads")
struct SafeFileTests {
    let files = LocalFileSystem()

    func folder() -> String {
        let path = NSTemporaryDirectory() + "kuulo-safe-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    @Test("a write whose read-back fails replaces nothing and leaves no temporary file")
    func readBackRefusal() throws {
        let base = folder()
        let path = base + "/p.json"
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SafeFileError.readBackFailed) {
            try files.replaceRegularFile(path, with: Array("new\n".utf8)) { _ in false }
        }
        #expect(BinaryRunner.read(path) == "old\n")
        #expect(entries(base) == ["p.json"])
    }

    @Test("the read-back sees exactly the bytes on disk; new files are 0600 and an existing file keeps its mode")
    func readBackAndModes() throws {
        let base = folder()
        let path = base + "/p.json"
        var seen: [UInt8] = []
        try files.replaceRegularFile(path, with: Array("one\n".utf8)) { written in
            seen = written
            return true
        }
        #expect(seen == Array("one\n".utf8))
        #expect(mode(path) == 0o600)
        #expect(chmod(path, 0o640) == 0)
        try files.replaceRegularFile(path, with: Array("two\n".utf8)) { _ in true }
        #expect(BinaryRunner.read(path) == "two\n")
        #expect(mode(path) == 0o640)
        #expect(entries(base) == ["p.json"])
    }

    @Test("temporary names are unpredictable and recognised only by their exact pattern")
    func temporaryNames() {
        let names = Set((0..<50).map { _ in LocalFileSystem.randomName(length: LocalFileSystem.randomLength) })
        #expect(names.count == 50)
        #expect(LocalFileSystem.isLeftover(".p.json.kuulo-tmp-abcDEF123456", of: "p.json"))
        #expect(!LocalFileSystem.isLeftover(".p.json.kuulo-tmp-abcDEF12345", of: "p.json"))
        #expect(!LocalFileSystem.isLeftover(".p.json.kuulo-tmp-abcDEF12345!", of: "p.json"))
        #expect(!LocalFileSystem.isLeftover(".q.json.kuulo-tmp-abcDEF123456", of: "p.json"))
        #expect(!LocalFileSystem.isLeftover("p.json", of: "p.json"))
        // 0.1.0's names count only when their process is gone.
        #expect(!LocalFileSystem.isLeftover(".p.json.tmp-\(getpid())", of: "p.json"))
        #expect(LocalFileSystem.isAside("p.json.unsaved-20261206-130501-k3F9.json", of: "p.json"))
        #expect(LocalFileSystem.isAside("p.json.unsaved-27902.json", of: "p.json"))
        #expect(!LocalFileSystem.isAside("p.json.unsaved-../x.json", of: "p.json"))
    }

    @Test("a second lock waits, then gives up with the lock file named; after release it is taken")
    func lockExcludes() throws {
        let base = folder()
        let path = base + "/p.json"
        let first = try #require(try files.lockPlan(path, timeout: 1))
        let other = LocalFileSystem()
        #expect(throws: SafeFileError.lockTimedOut(lockFile: base + "/.p.json.lock")) {
            _ = try other.lockPlan(path, timeout: 0.05)
        }
        first.release()
        let second = try other.lockPlan(path, timeout: 1)
        #expect(second != nil)
        second?.release()
        #expect(mode(base + "/.p.json.lock") == 0o600)
    }

    @Test("reads are bounded and refuse what is not a regular file")
    func boundedReads() throws {
        let base = folder()
        let path = base + "/p.json"
        try String(repeating: "x", count: 2_000).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SafeFileError.tooLarge(limit: 1_000)) { try files.readRegularFile(path, limit: 1_000) }
        #expect(try files.readRegularFile(path, limit: 2_000).count == 2_000)
        #expect(throws: SafeFileError.notRegularFile(.device)) { try files.readRegularFile("/dev/zero", limit: 1_000) }
        #expect(throws: SafeFileError.notRegularFile(.directory)) { try files.readRegularFile(base, limit: 1_000) }
        #expect(throws: SafeFileError.missing) { try files.readRegularFile(base + "/none.json", limit: 1_000) }
    }

    @Test("the line-editing history is replaced atomically, mode 0600, with no temporary file left")
    func historyFile() {
        let base = folder()
        let history = HistoryFile(path: base + "/state/history", limit: 3)
        history.save(["one", "two"])
        history.save(["one", "two", "three", "four"])
        #expect(history.load() == ["two", "three", "four"])
        #expect(mode(base + "/state/history") == 0o600)
        #expect(entries(base + "/state") == ["history"])
    }

    @Test("a history path that is a FIFO or a device reads as empty instead of hanging or reading forever")
    func historyOddPaths() {
        let base = folder()
        #expect(mkfifo(base + "/fifo", 0o600) == 0)
        #expect(HistoryFile(path: base + "/fifo").load().isEmpty)
        #expect(HistoryFile(path: "/dev/zero").load().isEmpty)
    }
}
