import Foundation

/// An instant read from an ISO 8601 timestamp with `Z` or an offset (`2026-11-25T12:13:42Z`).
struct UTCInstant: Comparable, Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    let seconds: Int

    init(seconds: Int) {
        self.seconds = seconds
    }

    /// Reads a timestamp; a reading without a zone is taken as UTC.
    init?(iso text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let local = LocalDateTime(iso: trimmed) else { return nil }
        var offset = 0
        if let sign = trimmed.dropFirst(16).lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let digits = trimmed[trimmed.index(after: sign)...].filter(\.isNumber)
            guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else { return nil }
            offset = (hours * 3_600 + minutes * 60) * (trimmed[sign] == "-" ? -1 : 1)
        }
        seconds = local.secondsAsUTC - offset
    }

    /// `20261125T121342Z`.
    var compact: String {
        LocalDateTime(secondsAsUTC: seconds).compact + "Z"
    }

    static func < (lhs: UTCInstant, rhs: UTCInstant) -> Bool {
        lhs.seconds < rhs.seconds
    }
}
