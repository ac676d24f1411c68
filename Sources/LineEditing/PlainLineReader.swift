import Foundation

/// Reads lines from a file descriptor (piped standard input): no prompt, no history, no editing.
/// Invalid UTF-8 and over-long lines are refused one line at a time, and the reading goes on.
public final class PlainLineReader: LineReader {
    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    private var reachedEnd = false
    private var discarding = false

    /// Reads from `descriptor` (standard input by default), refusing lines over `limit` bytes.
    public init(descriptor: Int32 = 0, limit: Int = 1 << 20) {
        self.descriptor = descriptor
        self.limit = limit
    }

    public func readLine(prompt: String) -> ReadResult {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let bytes = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if discarding || bytes.count > limit {
                    discarding = false
                    return .rejected(.tooLong(limit: limit))
                }
                return decode(bytes)
            }
            if buffer.count > limit {
                buffer.removeAll(keepingCapacity: true)
                discarding = true
            }
            if reachedEnd {
                if discarding {
                    discarding = false
                    return .rejected(.tooLong(limit: limit))
                }
                guard !buffer.isEmpty else { return .endOfInput }
                let bytes = buffer
                buffer.removeAll()
                return decode(bytes)
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                reachedEnd = true
            } else if errno == EINTR {
                if let signal = Signals.take() { return .terminated(signal: signal) }
            } else {
                reachedEnd = true
            }
            if let signal = Signals.take() { return .terminated(signal: signal) }
        }
    }

    public func remember(_ line: String) {}

    /// Keeps no history, so forgets nothing.
    public func forget(where matches: (String) -> Bool) -> Int { 0 }

    private func decode(_ bytes: [UInt8]) -> ReadResult {
        var line = bytes
        if line.last == 0x0D { line.removeLast() }
        guard let text = String(validating: line, as: UTF8.self) else { return .rejected(.invalidUTF8) }
        return .line(text)
    }
}
