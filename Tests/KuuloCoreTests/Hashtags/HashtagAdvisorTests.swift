import Testing
@testable import KuuloCore

@Suite("Hashtag advisor")
struct HashtagAdvisorTests {
    static let generic = ["opiskelija", "opiskelijat", "student", "students", "yliopisto", "university", "opiskelu", "study"]
    let advisor = HashtagAdvisor(genericTags: HashtagAdvisorTests.generic)

    @Test func duplicatesRegardlessOfCase() {
        let advice = advisor.advise(on: ["#Vappu", "#kesä", "vappu", "VAPPU", "#Kesä"])
        #expect(advice == [.duplicate(tags: ["#Vappu", "#vappu", "#VAPPU"]), .duplicate(tags: ["#kesä", "#Kesä"])])
    }

    @Test func yearWrittenTwoWays() {
        #expect(advisor.advise(on: ["#vappu2026", "#Vappu26"])
            == [.nearDuplicate(tag: "#vappu2026", other: "#Vappu26", similarity: .yearWrittenDifferently)])
        #expect(advisor.advise(on: ["#26vappu", "#2026vappu"])
            == [.nearDuplicate(tag: "#26vappu", other: "#2026vappu", similarity: .yearWrittenDifferently)])
        // Not a year, and more than one edit apart.
        #expect(advisor.advise(on: ["#sali1234", "#sali34"]).isEmpty)
        // Different letters.
        #expect(advisor.advise(on: ["#vappu2026", "#wapu26"]).isEmpty)
    }

    @Test func oneEditApartOnLongerTags() {
        #expect(advisor.advise(on: ["#kesäjuhla", "#kesajuhla"])
            == [.nearDuplicate(tag: "#kesäjuhla", other: "#kesajuhla", similarity: .oneEditApart)])
        #expect(advisor.advise(on: ["#vappu2025", "#vappu2026"])
            == [.nearDuplicate(tag: "#vappu2025", other: "#vappu2026", similarity: .oneEditApart)])
        // Shorter than 6 characters: #vappu and #wappu are both real, different tags.
        #expect(advisor.advise(on: ["#vappu", "#wappu"]).isEmpty)
        #expect(advisor.advise(on: ["#kesäjuhla", "#talvijuhla"]).isEmpty)
        #expect(advisor.similarity("kesäjuhla", "kesäjuhla") == nil)
    }

    @Test func genericTagsAsksForASpecificCompanion() {
        #expect(advisor.advise(on: ["#Opiskelija", "#student"])
            == [.generic(tag: "#Opiskelija", specificTags: []), .generic(tag: "#student", specificTags: [])])
        #expect(advisor.advise(on: ["#opiskelijat", "#TampereenYlioppilaskunta"])
            == [.generic(tag: "#opiskelijat", specificTags: ["#TampereenYlioppilaskunta"])])
        #expect(advisor.advise(on: ["#TampereenYlioppilaskunta"]).isEmpty)
    }

    @Test func countAgainstTheChannelLimit() {
        let six = ["#a1", "#b2", "#c3", "#d4", "#e5", "#f6"]
        #expect(advisor.advise(on: six, limit: 5) == [.tooMany(count: 6, limit: 5)])
        #expect(advisor.advise(on: Array(six.prefix(5)), limit: 5).isEmpty)
        #expect(advisor.advise(on: six, limit: nil).isEmpty)
        // Invalid tags are reported and not counted.
        #expect(advisor.advise(on: ["#ok", "#2026", "#x"], limit: 2) == [.invalid(tag: "#2026", problem: .digitsOnly)])
    }

    @Test func capitalisationWithASegmenter() {
        let words = WordListSegmenter(words: ["student", "union", "life"])
        #expect(advisor.advise(on: ["#studentunion", "#StudentLife"], segmenter: words)
            == [.capitalise(tag: "#studentunion", suggestion: "#StudentUnion")])
    }

    @Test func everythingInItsOrder() {
        let words = WordListSegmenter(words: ["vappu", "kesä", "juhla"])
        let advice = advisor.advise(
            on: ["#opiskelija", "#vappu-2026", "#kesäjuhla", "#Opiskelija", "#kesajuhla"], limit: 3, segmenter: words)
        #expect(advice == [
            .invalid(tag: "#vappu-2026", problem: .endsAt(character: "-", offset: 5)),
            .duplicate(tags: ["#opiskelija", "#Opiskelija"]),
            .nearDuplicate(tag: "#kesäjuhla", other: "#kesajuhla", similarity: .oneEditApart),
            .generic(tag: "#opiskelija", specificTags: ["#kesäjuhla", "#kesajuhla"]),
            .capitalise(tag: "#kesäjuhla", suggestion: "#KesäJuhla"),
            .tooMany(count: 4, limit: 3),
        ])
    }
}
