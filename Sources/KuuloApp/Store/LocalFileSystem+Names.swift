import Foundation
import KuuloCore

/// The names Kuulo gives the files it writes beside a plan, and how it recognises them again.
extension LocalFileSystem {
    /// The letters a temporary name is drawn from.
    static let nameAlphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    /// How many random letters a temporary name has (62^12 ≈ 3·10^21 names).
    static let randomLength = 12
    /// What comes between the file's name and the random letters of its temporary file.
    static let temporaryMarker = ".kuulo-tmp-"

    /// The folder that holds `path` ("." for a bare name).
    public static func folder(of path: String) -> String {
        let folder = PathName.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// The names in `folder` (without `.` and `..`), in no particular order, or `nil` when it cannot be
    /// read. `readdir` itself: `FileManager.contentsOfDirectory` costs ~0.35 M instructions the first
    /// time, and every chat start lists the plan's folder for leftovers.
    static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// The lock file of the plan at `target` (a resolved path).
    static func lockPath(for target: String) -> String {
        folder(of: target) + "/." + PathName.lastComponent(of: target) + ".lock"
    }

    /// Whether `entry` is a temporary file Kuulo made for the file `name`: this version's
    /// `.<name>.kuulo-tmp-<12 letters and digits>`, or 0.1.0's `.<name>.tmp-<pid>` whose process is gone.
    static func isLeftover(_ entry: String, of name: String) -> Bool {
        let current = "." + name + temporaryMarker
        if entry.hasPrefix(current) {
            let rest = entry.dropFirst(current.count)
            return rest.count == randomLength && rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        let old = "." + name + ".tmp-"
        guard entry.hasPrefix(old) else { return false }
        let digits = entry.dropFirst(old.count)
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let pid = Int32(digits) else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Whether `entry` is an aside copy of the file `name`: `<name>.unsaved-<letters, digits, dashes>.json`.
    static func isAside(_ entry: String, of name: String) -> Bool {
        let prefix = name + ".unsaved-"
        guard entry.hasPrefix(prefix), entry.hasSuffix(".json"), entry.count > prefix.count + 5 else { return false }
        let middle = entry.dropFirst(prefix.count).dropLast(5)
        return middle.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    static let stampFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter
    }()

    static func randomName(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in nameAlphabet[Int.random(in: 0..<nameAlphabet.count, using: &generator)] })
    }
}
