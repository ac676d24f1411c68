/// Character classes the draft rules share, on single Unicode scalars.
enum ScalarClass {
    /// A letter of any script (or a combining mark that belongs to one).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isMark(scalar)
    }

    /// A combining mark.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A decimal digit of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    /// An ASCII digit 0–9.
    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// An ASCII upper-case letter A–Z.
    static func isASCIIUpper(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar)
    }

    /// A letter or a decimal digit.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// Spaces of every width, tabs and line breaks.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// A line break.
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// A hyphen or minus the way people type one between parts (`-`, `‐`, `‑`, `‒`, `–`, `−`).
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}": return true
        default: return false
        }
    }

    /// The numeric value of an ASCII digit.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        isASCIIDigit(scalar) ? Int(scalar.value - 48) : nil
    }

    /// A string made of `scalars[range]`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
