@testable import KuuloCore
import Linguistics
import Testing

/// The naive Bayes model over each article's example phrasings, which tells sibling articles apart.
@Suite("Search: the articles' examples as a whole")
struct SearchClassifierTests {
    /// The index over the real Knowledge with `weight` for the model.
    private static func index(classifierWeight weight: Double) -> KnowledgeIndex {
        var settings = SearchFixture.settings
        settings.classifierWeight = weight
        return KnowledgeIndex(knowledge: SearchFixture.knowledge, lemmatizers: SearchFixture.lemmatizers,
                              stemmers: SearchFixture.stemmers, vocabulary: SearchFixture.vocabulary, settings: settings)
    }

    @Test("how many tags asks the hashtag guide, not the tip on choosing the organisation's own tags")
    func howManyTags() {
        let index = SearchFixture.index
        #expect(index.search("how many hashtags is too many lol", language: .en).best?.id == "hashtag-guide")
        #expect(index.search("montako häsää insta postaukseen kannattaa laittaa", language: .fi).best?.id == "hashtag-guide")
        // The organisation's own tags stay with the tip.
        #expect(index.search("should we have our own hashtag that goes on every post", language: .en).best?.id == "tip-4")
    }

    @Test("without the model, sibling articles are told apart worse: the model is what moves them")
    func modelDecides() {
        let without = Self.index(classifierWeight: 0)
        let with = Self.index(classifierWeight: SearchSettings().classifierWeight)
        let question = "Meidän tapahtumissa on aina sata tyyppiä, mutta kukaan ei postaa niistä mitään tai tägää meitä."
        #expect(without.search(question, language: .fi).best?.id != "tip-6")
        #expect(with.search(question, language: .fi).best?.id == "tip-6")
    }

    @Test("a telling word only the articles use is not outvoted by the everyday words the examples share")
    func articleWordsStillDecide() {
        #expect(SearchFixture.index.search("millainen on hyvä ensitiedote", language: .fi).best?.id == "crisis-plan")
    }

    @Test("the shares add up to at most one, and a question of words no example uses gets none")
    func shares() throws {
        let index = try #require(SearchFixture.index.languageIndex(.en))
        let words = index.queryWords(for: "how many hashtags per post", limit: 40)
        let shares = index.examples.articleProbabilities(words, settings: SearchSettings())
        let total = shares.values.reduce(0, +)
        #expect(total > 0.5 && total <= 1.000_001)
        #expect(shares.max { $0.value < $1.value }?.key == "hashtag-guide")
        let none = index.queryWords(for: "xyzzyplugh qwertzuiop", limit: 40)
        #expect(index.examples.articleProbabilities(none, settings: SearchSettings()).isEmpty)
    }
}
