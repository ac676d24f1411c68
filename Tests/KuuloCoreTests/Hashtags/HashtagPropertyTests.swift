import Testing
@testable import KuuloCore

/// SplitMix64: a tiny seeded generator, so property tests are random yet repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Hashtag properties")
struct HashtagPropertyTests {
    /// Pieces random texts are made of: letters of several scripts, digits, signs, joiners, marks,
    /// punctuation, emoji (with variation selectors, skin tones, keycaps), link fragments.
    static let pieces: [String] = [
        "a", "B", "z", "ä", "Ö", "å", "e\u{0301}", "1", "2026", "_", "·", "\u{200C}", "\u{200D}", "\u{FE0F}",
        "\u{20E3}", "\u{0301}", "漢", "カ", "ｈ", "１", "ا", "ل", "ו", "׳", "״", "ผ", "ู", "\u{20021}", "٣",
        "#", "#", "#", "＃", "@", "＠", "&", "-", ".", ",", "!", "?", ":", "/", "//", "(", ")", "'",
        " ", " ", " ", "\n", "\u{00A0}", "🎉", "❤️", "👍🏽", "#️⃣", "1️⃣", "🇫🇮", "👩‍🎓",
        "http://", "https://", "www.", ".fi", ".com", "tyy", "vappu", "&#39;",
    ]

    static func randomText(_ generator: inout SplitMix64) -> String {
        let count = Int.random(in: 0...30, using: &generator)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }

    @Test func extractionIsWellFormedOnRandomText() {
        var generator = SplitMix64(seed: 0x4B75_756C_6F21)
        let extractor = HashtagExtractor()
        var hashtagCount = 0
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let scalars = Array(text.unicodeScalars)
            let entities = extractor.entities(in: text)
            var previousEnd = 0
            for entity in entities {
                #expect(entity.start >= previousEnd && entity.start < entity.end && entity.end <= scalars.count)
                let slice = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
                #expect(slice == entity.text, "\(text.debugDescription)")
                previousEnd = entity.end
            }
            let hashtags = extractor.hashtags(in: text)
            hashtagCount += hashtags.count
            // The single-kind extractions agree with the combined one.
            #expect(hashtags == entities.filter { $0.kind == .hashtag }, "\(text.debugDescription)")
            #expect(extractor.mentions(in: text) == entities.filter { $0.kind == .mention }, "\(text.debugDescription)")
            #expect(extractor.urls(in: text) == entities.filter { $0.kind == .url }, "\(text.debugDescription)")
        }
        // The generator must actually produce tags, or the other properties test nothing.
        #expect(hashtagCount > 200)
    }

    @Test func everyExtractedTagValidates() {
        var generator = SplitMix64(seed: 2026)
        let extractor = HashtagExtractor()
        let validator = HashtagValidator(maximumLength: .max)
        var checked = 0
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            for tag in extractor.hashtags(in: text) {
                #expect(validator.validate(tag.body).hashtag?.name == tag.body, "\(tag.body.debugDescription)")
                #expect(validator.validate(tag.text).hashtag?.name == tag.body, "\(tag.text.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func reinsertedTagsAreFoundAgain() {
        var generator = SplitMix64(seed: 7)
        let extractor = HashtagExtractor()
        var checked = 0
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let bodies = extractor.hashtags(in: text).map(\.body)
            guard !bodies.isEmpty else { continue }
            let rebuilt = bodies.map { "#" + $0 }.joined(separator: " ")
            #expect(extractor.hashtags(in: rebuilt).map(\.body) == bodies, "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test func validTagsAreFoundWhenWrittenInText() {
        // The converse: whatever the validator accepts, the extractor finds whole after a space.
        var generator = SplitMix64(seed: 99)
        let validator = HashtagValidator(maximumLength: .max)
        let extractor = HashtagExtractor()
        var checked = 0
        for _ in 0..<3000 {
            let candidate = Self.randomText(&generator)
            guard let tag = validator.validate(candidate).hashtag else { continue }
            let found = extractor.hashtags(in: "Moi #\(tag.name) !").map(\.body)
            #expect(found == [tag.name], "\(candidate.debugDescription)")
            checked += 1
        }
        #expect(checked > 50)
    }
}
