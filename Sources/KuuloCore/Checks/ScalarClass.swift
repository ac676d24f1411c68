/// Character classes the draft rules share, on single Unicode scalars.
///
/// Asking the standard library for a scalar's Unicode properties costs a table search each time, and
/// the rules ask about every code point of a draft several times; the answers for the first 256 code
/// points (all of Finnish and English text but punctuation beyond Latin-1) are read once from the same
/// properties into `latin1`, so they are the same answers, only cheaper.
enum ScalarClass {
    /// The properties of the code points 0–255 as bits (see the `Bit` constants).
    private static let latin1: [UInt8] = (0..<256).map { value in
        let properties = Unicode.Scalar(UInt8(value)).properties
        var bits: UInt8 = 0
        if properties.isAlphabetic { bits |= alphabetic }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: bits |= mark
        default: break
        }
        if properties.numericType == .decimal { bits |= decimal }
        if properties.isWhitespace { bits |= whitespace }
        if properties.isUppercase { bits |= uppercase }
        if properties.isLowercase { bits |= lowercase }
        return bits
    }
    private static let alphabetic: UInt8 = 1
    private static let mark: UInt8 = 2
    private static let decimal: UInt8 = 4
    private static let whitespace: UInt8 = 8
    private static let uppercase: UInt8 = 16
    private static let lowercase: UInt8 = 32

    /// A letter of any script (or a combining mark that belongs to one).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & (alphabetic | mark) != 0 }
        return scalar.properties.isAlphabetic || isMark(scalar)
    }

    /// Unicode's `Alphabetic` property (letters, without combining marks).
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & alphabetic != 0 }
        return scalar.properties.isAlphabetic
    }

    /// Unicode's `Uppercase` property.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & uppercase != 0 }
        return scalar.properties.isUppercase
    }

    /// Unicode's `Lowercase` property.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & lowercase != 0 }
        return scalar.properties.isLowercase
    }

    /// A combining mark.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & mark != 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A decimal digit of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 256 { return latin1[Int(scalar.value)] & decimal != 0 }
        return scalar.properties.numericType == .decimal
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
        if scalar.value < 256 { return latin1[Int(scalar.value)] & whitespace != 0 }
        return scalar.properties.isWhitespace
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
        // Encoded straight into the string's storage: appending scalar by scalar to a
        // `UnicodeScalarView` cost a seventh of a check of prose.
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                } else if value < 0x10000 {
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }
}
