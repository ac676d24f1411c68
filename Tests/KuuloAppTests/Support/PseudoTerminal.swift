import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `kuulo` on a real pseudo-terminal, so that libedit, the prompt, Tab, the arrow keys,
/// Ctrl-C and Ctrl-D behave as they do for a person at a keyboard.
final class PseudoTerminal {
    private(set) var output = ""
    private let master: Int32
    let pid: pid_t

    init(arguments: [String], folder: String, environment: [String: String]) throws {
        let binary = BinaryRunner.binary
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        guard let directory = strdup(folder) else { throw POSIXError(.ENOMEM) }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            free(directory)
        }
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        let child = forkpty(&masterDescriptor, nil, nil, &size)
        if child == 0 {
            // In the child: only async-signal-safe calls until exec.
            chdir(directory)
            execve(binary, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw POSIXError(.EAGAIN) }
        pid = child
        master = masterDescriptor
    }

    /// Types text as keystrokes.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the line editor has the terminal in its own (non-canonical) mode, as it has while
    /// it reads a line. libedit prints its prompt and then switches modes; a key that lands between
    /// the two is read the cooked way (Ctrl-D there ends a cooked read instead of reaching libedit).
    /// The master side of a pseudo-terminal reports the slave's settings.
    @discardableResult
    func waitForLineEditor(seconds: Double = 45) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var settings = termios()
        while Date() < deadline {
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
            usleep(2_000)
        }
        return false
    }

    /// Reads what the terminal shows until it contains `text` after `from`, or the time runs out.
    @discardableResult
    func waitFor(_ text: String, after from: String.Index? = nil, seconds: Double = 45) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let from, output[from...].contains(text) { return true }
            if from == nil, output.contains(text) { return true }
            pump(milliseconds: 50)
        }
        return false
    }

    /// Reads whatever is available for a while.
    func pump(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { output += String(decoding: buffer[..<count], as: UTF8.self) }
    }

    /// The terminal's settings as the process left them, read when it exited (what the shell gets back).
    private(set) var settingsAtExit: termios?

    /// Where the output ends now, to look only at what comes next.
    var mark: String.Index { output.endIndex }

    /// Waits for the process to end and returns its exit status (nil on timeout).
    func waitForExit(seconds: Double = 45) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            pump(milliseconds: 20)
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                var settings = termios()
                if tcgetattr(master, &settings) == 0 { settingsAtExit = settings }
                close(master)
                if status & 0x7F == 0 { return (status >> 8) & 0xFF }
                return 128 + (status & 0x7F)
            }
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
        return nil
    }
}
