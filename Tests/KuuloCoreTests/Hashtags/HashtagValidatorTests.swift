import Testing
@testable import KuuloCore

@Suite("Hashtag validator")
struct HashtagValidatorTests {
    let validator = HashtagValidator()

    @Test func validTagsKeepTheirWritingAndGetALowerCaseKey() throws {
        let tag = try #require(validator.validate("#Vappu2026").hashtag)
        #expect(tag.name == "Vappu2026")
        #expect(tag.key == "vappu2026")
        #expect(tag.written == "#Vappu2026")
        #expect(validator.validate("vappu").hashtag?.name == "vappu")
        #expect(validator.validate("  #kesäjuhla \n").hashtag?.name == "kesäjuhla")
        #expect(validator.validate("＃ハッシュタグ").hashtag?.name == "ハッシュタグ")
        #expect(validator.validate("#1st").hashtag?.name == "1st")
        #expect(validator.validate("#il·lusió").hashtag?.name == "il·lusió")
    }

    @Test func emptyTags() {
        #expect(validator.problem(with: "") == .empty)
        #expect(validator.problem(with: "#") == .empty)
        #expect(validator.problem(with: "  ＃ ") == .empty)
    }

    @Test func tagsWithoutLetters() {
        #expect(validator.problem(with: "#2026") == .digitsOnly)
        #expect(validator.problem(with: "٢٠٢٦") == .digitsOnly)
        #expect(validator.problem(with: "#1_2") == .noLetter)
        #expect(validator.problem(with: "_") == .noLetter)
    }

    @Test func charactersThatEndATag() {
        #expect(validator.problem(with: "vappu-2026") == .endsAt(character: "-", offset: 5))
        #expect(validator.problem(with: "#vappu 2026") == .endsAt(character: " ", offset: 5))
        #expect(validator.problem(with: "vappu.") == .endsAt(character: ".", offset: 5))
        #expect(validator.problem(with: "#vappu!") == .endsAt(character: "!", offset: 5))
        #expect(validator.problem(with: "kesä#juhla") == .endsAt(character: "#", offset: 4))
        #expect(validator.problem(with: "##vappu") == .endsAt(character: "#", offset: 0))
        #expect(validator.problem(with: "rock&roll") == .endsAt(character: "&", offset: 4))
        #expect(validator.problem(with: "2026!") == .endsAt(character: "!", offset: 4))
    }

    @Test func emojiInATag() {
        #expect(validator.problem(with: "#vappu🎉") == .emoji(character: "🎉", offset: 5))
        #expect(validator.problem(with: "❤️vappu") == .emoji(character: "❤️", offset: 0))
        #expect(validator.problem(with: "#️⃣") == .emoji(character: "#️⃣", offset: 0))
        #expect(validator.problem(with: "vappu1️⃣") == .emoji(character: "1️⃣", offset: 5))
        #expect(validator.problem(with: "hyvä👍🏽") == .emoji(character: "👍🏽", offset: 4))
        #expect(validator.problem(with: "suomi🇫🇮") == .emoji(character: "🇫🇮", offset: 5))
    }

    @Test func offsetsCountCharactersNotCodePoints() {
        // "ä" written as a + combining diaeresis is one character.
        #expect(validator.problem(with: "kesa\u{0308}-juhla") == .endsAt(character: "-", offset: 4))
    }

    @Test func length() {
        let forty = String(repeating: "a", count: 40)
        #expect(validator.validate(forty).hashtag != nil)
        #expect(validator.problem(with: "#" + forty + "b") == .tooLong(length: 41, limit: 40))
        let short = HashtagValidator(maximumLength: 10)
        #expect(short.problem(with: "opiskelijakunta") == .tooLong(length: 15, limit: 10))
        #expect(short.problem(with: "opiskelija") == nil)
        // A character problem is reported before the length.
        #expect(validator.problem(with: forty + forty + "-") == .endsAt(character: "-", offset: 80))
    }

    @Test func keysIgnoreCaseSignAndComposition() {
        #expect(HashtagValidator.key(for: "#Vappu") == HashtagValidator.key(for: "vappu"))
        #expect(HashtagValidator.key(for: "＃KESÄ") == "kesä")
        #expect(HashtagValidator.key(for: "kesa\u{0308}") == HashtagValidator.key(for: "KESÄ"))
        #expect(HashtagValidator.key(for: "#Vappu") != HashtagValidator.key(for: "#Wappu"))
    }
}
