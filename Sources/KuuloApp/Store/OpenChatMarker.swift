import Foundation
import KuuloCore
#if canImport(Glibc)
import Glibc
#endif

/// A small file beside the plan that says a chat has it open (`.kuulo-plan.json.chat-PID`, mode
/// 0600, holding the machine, the process and the user), so that a second chat on the same plan can
/// say so gently at its start. It locks nothing: saves merge either way. A marker whose process on
/// this machine is gone (a killed chat) is removed by the next start; one from another machine (a
/// synced folder) counts for twelve hours after it was written.
final class OpenChatMarker {
    /// How long a marker from another machine counts, in seconds.
    static let otherMachineAge = 12.0 * 3600
    private let folder: String
    private let prefix: String
    private var own: String?

    /// The markers of the plan at `planPath`.
    init(planPath: String) {
        let target = (try? LocalFileSystem.writeTarget(planPath)) ?? planPath
        folder = LocalFileSystem.folder(of: target)
        prefix = "." + PathName.lastComponent(of: target) + ".chat-"
    }

    private static var machine: String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "" }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The users of the other chats that seem to have the plan open ("" for a chat with no user
    /// name); markers of chats that ended without removing theirs are removed.
    func others() -> [String] {
        let machine = Self.machine
        let now = Date().timeIntervalSince1970
        var users: [String] = []
        for entry in LocalFileSystem.entries(of: folder) ?? [] where entry.hasPrefix(prefix) {
            let path = folder + "/" + entry
            var status = stat()
            // Only regular files this user owns: anything else at such a name is not Kuulo's.
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size < 4096 else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 3, let pid = Int32(lines[1]) else { continue }
            if lines[0] == machine {
                guard pid != getpid() else { continue }
                let alive = kill(pid, 0) == 0 || errno == EPERM
                if !alive {
                    if status.st_uid == getuid() { unlink(path) }
                    continue
                }
            } else if now - Double(status.st_mtim.tv_sec) > Self.otherMachineAge {
                continue
            }
            users.append(OneLineText.make(lines[2]))
        }
        return users.sorted()
    }

    /// Writes this chat's marker (best effort: a folder that cannot hold it only loses the hint).
    func create(user: String?) {
        let path = folder + "/" + prefix + String(getpid())
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((Self.machine + "\n" + String(getpid()) + "\n" + OneLineText.make(user ?? "") + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written == bytes.count { own = path } else { unlink(path) }
    }

    /// Removes this chat's marker.
    func remove() {
        if let own { unlink(own) }
        own = nil
    }
}
