import KuuloData
import Testing
@testable import KuuloCore

/// A speller that counts how often it is asked, to show how much work a check does.
final class CountingSpeller: SpellChecker, @unchecked Sendable {
    private let words: Set<String>
    private(set) var asked = 0

    init(_ words: [String]) {
        self.words = Set(words)
    }

    func isCorrect(_ word: String) -> Bool {
        asked += 1
        return words.contains(word.lowercased())
    }

    func suggestions(for word: String) -> [String] {
        asked += 1
        return []
    }
}

/// A lemmatizer that counts how often it is asked.
final class CountingLemmatizer: Lemmatizer, @unchecked Sendable {
    private(set) var asked = 0

    func baseForms(_ word: String) -> [String] {
        asked += 1
        return []
    }
}

@Suite("Checks do work in proportion to their input")
struct LinearCheckTests {
    static let data = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all))

    func context(speller: CountingSpeller, lemmatizer: CountingLemmatizer = CountingLemmatizer()) -> CheckContext {
        CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil,
                     content: CheckContext.ContentRules(options: DraftRuleOptions(language: .fi),
                                                        services: LanguageServices(lemmatizers: [.fi: lemmatizer], spellCheckers: [.fi: speller]),
                                                        data: Self.data))
    }

    @Test("a 100,000-letter token is one spelling finding, and the speller and lemmatizer are never asked about it")
    func longToken() {
        let speller = CountingSpeller(["juhla"])
        let lemmatizer = CountingLemmatizer()
        let token = String(repeating: "somepostaus", count: 9091)
        let report = DraftChecker().check("Juhla " + token + " juhla.", context: context(speller: speller, lemmatizer: lemmatizer))
        let spelling = report.findings.filter { $0.rule == SpellingRule.id }
        #expect(spelling.count == 1)
        #expect(spelling.first?.message == SpellingRule.tooLongMessage)
        #expect(spelling.first?.arguments["length"] == String(token.unicodeScalars.count))
        #expect(spelling.first.map { $0.end - $0.start } == token.unicodeScalars.count)
        // The two short words, a few times each: nothing per letter of the long one.
        #expect(speller.asked < 20, "\(speller.asked) speller calls")
        #expect(lemmatizer.asked < 20, "\(lemmatizer.asked) lemmatizer calls")
    }

    @Test("a word at the length limit is still looked up; one letter more is not")
    func limit() {
        let atLimit = String(repeating: "a", count: WordToken.longestWord)
        let speller = CountingSpeller([])
        let findings = DraftChecker().check(atLimit, context: context(speller: speller)).findings.filter { $0.rule == SpellingRule.id }
        #expect(findings.map(\.message) == [SpellingRule.noSuggestionsMessage])
        #expect(speller.asked > 0)
        let overSpeller = CountingSpeller([])
        let over = DraftChecker().check(atLimit + "a", context: context(speller: overSpeller)).findings.filter { $0.rule == SpellingRule.id }
        #expect(over.map(\.message) == [SpellingRule.tooLongMessage])
        #expect(overSpeller.asked == 0)
    }

    @Test("past the limit, one rule's findings become one finding that says how many more, with the worst severity")
    func summary() {
        var findings: [Finding] = (0..<500).map { index in
            Finding(rule: "spelling", severity: index == 450 ? .error : .warning, start: index * 2, end: index * 2 + 1, message: "spelling.misspelt")
        }
        findings.append(Finding(rule: "grammar", severity: .info, start: 999, end: 1000, message: "grammar.missing-verb"))
        findings.sort(by: FindingSummary.precedes)
        let summarised = FindingSummary.summarised(findings)
        #expect(summarised.count == FindingSummary.limitPerRule + 2)
        let more = summarised.filter { $0.message == FindingSummary.moreMessage }
        #expect(more.count == 1)
        #expect(more.first?.arguments == ["count": "300", "rule": "spelling"])
        #expect(more.first?.severity == .error)
        #expect(more.first?.start == FindingSummary.limitPerRule * 2)
        #expect(summarised == summarised.sorted(by: FindingSummary.precedes))
        #expect(summarised.contains { $0.rule == "grammar" })
        // Under the limit nothing changes.
        let few = Array(findings.prefix(10))
        #expect(FindingSummary.summarised(few) == few)
    }

    @Test("10,000 tags give a bounded report: the first findings one by one, then one that counts the rest")
    func manyTags() {
        let tags = (0..<10_000).map { "#Tagi\($0 % 1_000)juhla" }
        let report = DraftChecker().check(tags.joined(separator: " "), context: CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil))
        let duplicates = report.findings.filter { $0.rule == HashtagDuplicateRule.id }
        #expect(duplicates.count == FindingSummary.limitPerRule + 1)
        let more = duplicates.filter { $0.message == FindingSummary.moreMessage }
        #expect(more.count == 1)
        // One finding per repeated tag and per near-duplicate pair (`tagi1juhla`, `tagi11juhla`…), all counted.
        let advice = HashtagAdvisor().advise(on: tags).filter { advice in
            switch advice {
            case .duplicate, .nearDuplicate: return true
            default: return false
            }
        }
        #expect(advice.count > 1_000)
        #expect((Int(more.first?.arguments["count"] ?? "") ?? 0) + duplicates.count - 1 == advice.count)
    }

    @Test("the indexed near-duplicate search finds exactly the pairs that comparing every pair finds")
    func nearDuplicatesMatchPairwise() {
        var generator = CheckRandom(seed: 7)
        let letters = Array("aäeiklmnoprstuv")
        var tags: [String] = []
        for index in 0..<400 {
            if index % 3 == 2, let base = tags.last {
                var characters = Array(base.dropFirst())
                let position = Int.random(in: 0..<characters.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: characters.remove(at: position)
                case 1: characters.insert(letters.randomElement(using: &generator) ?? "a", at: position)
                case 2: characters[position] = letters.randomElement(using: &generator) ?? "a"
                default: if position + 1 < characters.count { characters.swapAt(position, position + 1) }
                }
                tags.append("#" + String(characters))
            } else {
                let length = Int.random(in: 4...9, using: &generator)
                let year = ["", "2026", "26", "2025", "1999", "99"].randomElement(using: &generator) ?? ""
                tags.append("#" + String((0..<length).map { _ in letters.randomElement(using: &generator) ?? "a" }) + year)
            }
        }
        let advisor = HashtagAdvisor()
        let valid = tags.compactMap { advisor.validator.validate($0).hashtag }
        var seen: Set<String> = []
        let distinct = valid.filter { seen.insert($0.key).inserted }
        var expected: [String] = []
        for (index, tag) in distinct.enumerated() {
            for other in distinct[(index + 1)...] where advisor.similarity(tag.key, other.key) != nil {
                expected.append("\(tag.written) \(other.written)")
            }
        }
        let found = advisor.nearDuplicates(in: valid).map { "\($0.tag.written) \($0.other.written)" }
        #expect(expected.count > 20, "the sample has near-duplicates to find")
        #expect(found == expected)
    }

    @Test("the range index answers overlap questions like a pass over every range")
    func rangeIndex() {
        var generator = CheckRandom(seed: 3)
        let ranges = (0..<200).map { _ -> Range<Int> in
            let start = Int.random(in: 0..<1000, using: &generator)
            return start..<(start + Int.random(in: 0..<30, using: &generator))
        }
        let index = RangeIndex(ranges)
        for start in stride(from: -5, to: 1040, by: 3) {
            for length in [0, 1, 4, 40] {
                let query = start..<(start + length)
                #expect(index.overlaps(query) == ranges.contains { $0.overlaps(query) }, "\(query)")
            }
        }
        #expect(!RangeIndex([]).overlaps(0..<10))
    }

    @Test("a long run of digit groups and a link ending in many brackets still give the right answers")
    func longRuns() {
        let groups = Array(repeating: "12", count: 5_000).joined(separator: " ") + " 040 123 4567"
        #expect(PhoneNumber.scan(Array(groups.unicodeScalars)).map(\.text) == ["040 123 4567"])
        let link = "https://fi.wikipedia.org/wiki/Vappu_(juhla)" + String(repeating: ")", count: 3_000)
        #expect(HashtagExtractor().urls(in: link).map(\.text) == ["https://fi.wikipedia.org/wiki/Vappu_(juhla)"])
    }
}
