import Foundation

/// A language Kuulo speaks.
public enum Language: String, CaseIterable, Sendable, Comparable {
    case fi
    case en

    /// Reads `fi`, `en`, `suomi`, `english`, a locale such as `fi_FI.UTF-8`, case-insensitively.
    public init?(identifier: String) {
        let lowered = identifier.lowercased().trimmingCharacters(in: .whitespaces)
        switch lowered {
        case "fi", "fin", "suomi", "finnish", "suomeksi": self = .fi
        case "en", "eng", "english", "englanti", "englanniksi": self = .en
        default:
            let prefix = lowered.prefix { $0.isLetter }
            if prefix == "fi" { self = .fi } else if prefix == "en" { self = .en } else { return nil }
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
