import Foundation
import KuuloCore

/// The remembered user name, in the state folder.
public struct UserMemory {
    /// The file that holds the name.
    public let path: String

    /// The name remembered from the last run.
    public func recall() -> String? {
        StateLine(path: path).read()
    }

    /// Remembers `name` for next time (best effort; mode 0600). A name already remembered is not
    /// written again: `--user` is given on every start, and creating the folder and replacing the file
    /// cost about a million instructions (3 % of a small plan's start-up).
    public func remember(_ name: String) {
        let name = OneLineText.make(name)
        if name.isEmpty || recall() == name { return }
        StateLine(path: path).write(name)
    }
}
