import Testing
@testable import KuuloCore

/// The character classes' quick answers for the first 256 code points, and the quick string building,
/// against the standard library's own answers.
@Suite("Scalar classes")
struct ScalarClassTests {
    /// Every code point below U+3000 (Latin-1 and well past it) and a few of the higher planes.
    static let scalars: [Unicode.Scalar] = (Array(0..<0x3000) + [0x1F1EB, 0x1F389, 0x20000, 0xE0041, 0x10FFFD]).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("every class gives the answer of the scalar's Unicode properties")
    func classes() {
        for scalar in Self.scalars {
            let properties = scalar.properties
            let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            #expect(ScalarClass.isMark(scalar) == isMark, "\(scalar.value)")
            #expect(ScalarClass.isLetter(scalar) == (properties.isAlphabetic || isMark), "\(scalar.value)")
            #expect(ScalarClass.isAlphabetic(scalar) == properties.isAlphabetic, "\(scalar.value)")
            #expect(ScalarClass.isUppercase(scalar) == properties.isUppercase, "\(scalar.value)")
            #expect(ScalarClass.isLowercase(scalar) == properties.isLowercase, "\(scalar.value)")
            #expect(ScalarClass.isDigit(scalar) == (properties.numericType == .decimal), "\(scalar.value)")
            #expect(ScalarClass.isWhitespace(scalar) == properties.isWhitespace, "\(scalar.value)")
            let letter = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(properties.generalCategory)
            #expect(HashtagCharacterClass.isLetter(scalar) == letter, "\(scalar.value)")
            #expect(HashtagCharacterClass.isMark(scalar) == (isMark && ![0xFE0E, 0xFE0F, 0x20E3].contains(scalar.value)), "\(scalar.value)")
            #expect(HashtagCharacterClass.isDecimalDigit(scalar) == (properties.generalCategory == .decimalNumber), "\(scalar.value)")
        }
    }

    @Test("a string of a range is the string of those scalars, one to four UTF-8 bytes each")
    func strings() {
        let scalars = Array("Hei ä ß € 漢字 🇫🇮 e\u{0301} \u{10FFFD}!".unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lower..<upper])
                #expect(ScalarClass.string(scalars, lower..<upper) == String(view))
                #expect(Array(ScalarClass.string(scalars, lower..<upper).unicodeScalars) == Array(scalars[lower..<upper]))
            }
        }
    }

    @Test("a flag's code points are found anywhere in a text, and only whole")
    func flags() {
        let finnish: [UInt32] = [0x1F1EB, 0x1F1EE]
        #expect(LanguageDetector.contains([0x61, 0x1F1EB, 0x1F1EE], finnish))
        #expect(LanguageDetector.contains([0x1F1EB, 0x1F1EE, 0x61], finnish))
        #expect(!LanguageDetector.contains([0x1F1EB, 0x61, 0x1F1EE], finnish))
        #expect(!LanguageDetector.contains([0x61, 0x1F1EB], finnish))
        #expect(!LanguageDetector.contains([], finnish))
        #expect(LanguageDetector.contains([0x61], []))
    }
}
