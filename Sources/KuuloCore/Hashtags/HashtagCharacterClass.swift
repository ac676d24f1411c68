/// Which Unicode scalars may appear in a hashtag, after twitter-text's `hashtagAlphaNumeric`.
///
/// A hashtag body is a run of letters, combining marks, decimal digits, `_` and a few joiners, and it
/// must hold at least one letter. Deliberate difference from twitter-text: the emoji presentation
/// selectors U+FE0E/U+FE0F and the keycap mark U+20E3 end a hashtag instead of continuing it, so that
/// `#vappu1️⃣` yields `vappu1` and an emoji never hides inside a tag.
enum HashtagCharacterClass {
    /// Joiners and marks that twitter-text allows inside a hashtag besides letters, marks and digits
    /// (`hashtagSpecialChars`), plus the half-width katakana middle dot U+FF65.
    static let specialScalars: Set<UInt32> = [
        0x005F,  // _ low line
        0x200C,  // zero width non-joiner
        0x200D,  // zero width joiner
        0xA67E,  // Cyrillic kavyka
        0x05BE,  // Hebrew maqaf
        0x05F3,  // Hebrew geresh
        0x05F4,  // Hebrew gershayim
        0xFF5E,  // full-width tilde
        0x301C,  // wave dash
        0x309B,  // katakana-hiragana voiced sound mark
        0x309C,  // katakana-hiragana semi-voiced sound mark
        0x30A0,  // katakana-hiragana double hyphen
        0x30FB,  // katakana middle dot
        0xFF65,  // half-width katakana middle dot
        0x3003,  // ditto mark
        0x0F0B,  // Tibetan tsheg
        0x0F0C,  // Tibetan non-breaking tsheg
        0x00B7,  // middle dot
    ]

    /// Scalars that belong to emoji sequences and therefore end a hashtag.
    static let emojiSequenceScalars: Set<UInt32> = [0xFE0E, 0xFE0F, 0x20E3]

    /// `#` or the full-width `＃` (U+FF03).
    static func isHashSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x23 || scalar.value == 0xFF03
    }

    /// `@` or the full-width `＠` (U+FF20).
    static func isAtSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x40 || scalar.value == 0xFF20
    }

    /// `isLetter`, `isMark` and `isDecimalDigit` of the code points 0–255 as bits 1, 2 and 4, read
    /// once from the same general categories: links and hashtags are looked for at every code point.
    private static let latin1: [UInt8] = (0..<256).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return (letterByCategory(scalar) ? 1 : 0) | (markByCategory(scalar) ? 2 : 0) | (digitByCategory(scalar) ? 4 : 0)
    }

    /// A letter of any script (general categories Lu, Ll, Lt, Lm, Lo).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 256 ? latin1[Int(scalar.value)] & 1 != 0 : letterByCategory(scalar)
    }

    /// A combining mark (Mn, Mc, Me), except the emoji sequence scalars.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 256 ? latin1[Int(scalar.value)] & 2 != 0 : markByCategory(scalar)
    }

    /// A decimal digit of any script (Nd).
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 256 ? latin1[Int(scalar.value)] & 4 != 0 : digitByCategory(scalar)
    }

    private static func letterByCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    private static func markByCategory(_ scalar: Unicode.Scalar) -> Bool {
        if emojiSequenceScalars.contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func digitByCategory(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// Whether `scalar` can continue a hashtag body.
    static func isHashtagAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isMark(scalar) || isDecimalDigit(scalar) || specialScalars.contains(scalar.value)
    }

    /// Whether `scalar` is an ASCII letter or digit.
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Whether `scalar` can be part of a mention handle (`[A-Za-z0-9_]`).
    static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(scalar) || scalar.value == 0x5F
    }

    /// Whether the grapheme `character` is shown as an emoji (or is part of an emoji sequence).
    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { emojiSequenceScalars.contains($0.value) }) {
            return scalars.contains { $0.properties.isEmoji }
                || scalars.contains { $0.value == 0x20E3 }
        }
        return scalars.contains { scalar in
            scalar.properties.isEmojiPresentation
                || scalar.properties.isEmojiModifier
                || (0x1F1E6...0x1F1FF).contains(scalar.value)  // regional indicators (flags)
        }
    }
}
