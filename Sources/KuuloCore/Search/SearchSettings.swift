import Foundation

/// The knobs of `KnowledgeIndex`: BM25 parameters, field weights and the thresholds that decide
/// when a question has an answer. The defaults were chosen by grid search on the tuned part of the
/// measured question set (see `Tests/LinguisticsTests/Search/SearchQuestionSet.swift`); in round 4 the
/// field weights proved flat (title 1–3, tags 1–2, asks 1.5–3 all within a question or two), so the
/// gains came from the example questions and the matching, not from the weights.
///
/// No answer (`KnowledgeSearchResult.Status`): an empty question; one over `maximumQueryLength`
/// characters; one with no word in the index; or one whose best article scores under `minimumScore`
/// or contains under `minimumCoverage` of the question (the real questions' best answers scored at
/// least 2.9 with coverage at least 0.39 when these were set).
public struct SearchSettings: Equatable, Sendable {
    /// How title, tags, heading and text are combined.
    public enum FieldCombination: String, Equatable, Sendable, CaseIterable {
        /// BM25F: the weighted counts are added, then saturated once.
        case weightedCounts
        /// Each field's BM25 is computed on its own and the scores are added with the weights.
        case weightedScores
    }

    /// How the fields are combined (`weightedScores` measured better: with BM25F's single saturation
    /// a title match barely beat a short section that repeats the word).
    public var fieldCombination: FieldCombination = .weightedScores
    /// BM25 term-frequency saturation.
    public var k1: Double = 1.2
    /// BM25 length normalisation of a section's text (title, tags and heading are not normalised:
    /// they are the same in every section of an article).
    public var b: Double = 0.3
    /// How many times an article's title counts in each of its sections.
    public var titleWeight: Double = 3
    /// How many times an article's tags count in each of its sections.
    public var tagWeight: Double = 2
    /// How many times an article's example questions (`KnowledgeArticle.asks` and `phrasings`) count in each of its
    /// sections.
    public var asksWeight: Double = 2
    /// How many times a section heading counts.
    public var headingWeight: Double = 1
    /// An article's score (its best section's) is multiplied by its coverage — the share of the
    /// question's weight found anywhere in the article — to this power, so articles that hold the whole
    /// question beat those that repeat one of its words.
    public var coverageExponent: Double = 1
    /// Weight of a synonym of a question word (from `Prompts/synonyms.yaml`) against the word itself.
    public var synonymWeight: Double = 0.8
    /// Weight of a question word's own terms after a negation gave it another meaning (`not on
    /// facebook`: `facebook`).
    public var negatedWordWeight: Double = 0.5
    /// Weight of a compound part of a question word (`somekriisi` → `some`, `kriisi`) against the
    /// word itself.
    public var compoundPartWeight: Double = 0.5
    /// Whether a question's compound that the articles also use (`kuvateksti`) is matched by its parts
    /// too, or only whole.
    public var splitsIndexedCompounds: Bool = false
    /// How much an article's compound counts towards its parts (`henkilötunnus` towards `tunnus`).
    public var indexedPartWeight: Double = 0.25
    /// Weight of a Finnish prefix stem (`PrefixStem`: `mainita` meets `maininta`) against the word.
    public var prefixMatchWeight: Double = 0.6
    /// Weight of the index words a question word was probably meant as (`SpellingMatcher`: one or two
    /// letters off), used only when nothing else matches the word.
    public var spellingMatchWeight: Double = 0.7
    /// Weight of a context word (`SearchVocabulary.contextWords`: a channel such as `instagram`) against
    /// a topic word, in both the score and the share of the question.
    public var contextWordWeight: Double = 0.7
    /// Weight of an everyday word (`SearchVocabulary.generalWords`: `juttu`, `tell`) against a topic
    /// word, in both the score and the share of the question.
    /// 0.5 against 1 (no list): top-1 on the three former held-out sets 99 → 104 (fi) and 99 → 103 (en)
    /// of 152, top-3 129 → 134 and 128 → 134; 0.3 and 0.15 were no better.
    public var generalWordWeight: Double = 0.5
    /// The share of the question a word found nowhere in the index weighs, against the rarest term:
    /// unknown words lower the coverage a little instead of vetoing the answer ("theres a guy trolling
    /// us" is answered like "there is a guy trolling us").
    public var unknownWordWeight: Double = 0.25
    /// No word's idf counts more than this: with 19 articles, a word one section happens to use is
    /// "rare" by chance (uncapped 4.3; 3 is a word of one article's two or three sections). 3 against no cap: top-1
    /// on the three former held-out sets +1 per language.
    public var idfCap: Double = 3
    /// How much an article's nearest example phrasings (`ExampleIndex`: their overlap with the question,
    /// 0…1, raised to `exampleExponent`) add, as a share of the best article's section score. On the
    /// union of the development sets (239 questions per language, with the phrasings), top-1 fi / en:
    /// 0 → 174 / 179; weight 4, exponent 1 → 193 / 194 (close calls 37 / 32); weight 8, exponent 2 →
    /// 194 / 195 (close calls 24 / 23).
    public var exampleWeight: Double = 8
    /// The example overlap is raised to this power before it is added, so near matches count much more
    /// than examples that share a word or two with the question (2 against 1: as many right, a third
    /// fewer close calls, and "millainen on hyvä ensitiedote" is not decided by "hyvä").
    public var exampleExponent: Double = 2
    /// An article's example score is the mean of its best this many examples' (an article with one
    /// example counts its second as 0): one example that happens to share the question's words decides
    /// less than two that do. 2 against 1 (measured at weight 4, exponent 1): top-1 fi 194 → 192, en 190 → 195 on that union, tuning fi
    /// 131 → 135.
    public var examplesAveraged: Int = 2
    /// An article whose nearest example overlaps the question at least this much is an answer even
    /// when its sections score under `minimumScore` (it must still cover `minimumCoverage`).
    public var exampleAnswerScore: Double = 0.5
    /// How much the naive Bayes model over each article's example phrasings as a whole
    /// (`ExampleIndex.articleProbabilities`) adds: its share for the article (0…1) times this times the
    /// best article's section score. On the seven former held-out sets (380 questions per language, now
    /// development data), top-1 fi / en: 0 → 309 / 308; 1 → 315 / 310; 2 → 319 / 312 (temperature 3);
    /// 3 → 319 / 312; 4 → 318 / 312 — and the tuning set 134 / 138 → 135 / 141.
    public var classifierWeight: Double = 2
    /// Added to every word's count under every article in that model, so a word an article's examples
    /// never use does not rule it out.
    public var classifierSmoothing: Double = 0.5
    /// The model's log-likelihoods are divided by this before they become shares, so a few words do not
    /// make one article certain. At weight 2: 1 → 303 / 311, 2 → 319 / 311, 3 → 319 / 312, 8 → 311 / 310.
    public var classifierTemperature: Double = 3
    /// Letters in a Finnish prefix stem.
    public var prefixLength: Int = 5

    /// The best article must score at least this (BM25) to count as an answer.
    public var minimumScore: Double = 2.0
    /// The best article must cover at least this share of the question's weight (idf of the words it
    /// contains over the idf of all content words, unknown words counting as the rarest). 0.3 → 0.25 with
    /// the general words: long questions that describe a situation in everyday words left the right
    /// article unanswered (former held-out sets: no answer fi 3 → 1, en 1 → 0 of 152). 0.25 → 0.2 with
    /// the nearest examples, whose coverage counts too: a long spoken question full of words no article
    /// uses ("mä tuijotan aina tyhjää tekstikenttää …") found the right article and was left unanswered
    /// (union of the development sets: no answer fi 1 → 0, en 2 → 1 of 239; top-1 fi 194 → 195).
    public var minimumCoverage: Double = 0.2
    /// Answers scoring at least this share of the best one are too close to call: they are the result's
    /// `choices`, for asking back.
    public var closeCallRatio: Double = 0.9
    /// Answers scoring below this share of the best one are left out.
    public var relativeCutoff: Double = 0.2
    /// Questions longer than this many characters are not searched (a pasted text is not a question).
    public var maximumQueryLength: Int = 2_000
    /// Only the first this many content words of a question are used.
    public var maximumQueryWords: Int = 40
    /// Excerpts are cut to about this many characters.
    public var excerptLength: Int = 320

    /// The tuned defaults.
    public init() {}

    /// The numeric knobs by name, for tuning tools (`kuulo-eval --search asksWeight=1.5`).
    public static var tunables: [String: WritableKeyPath<SearchSettings, Double>] { [
        "k1": \.k1, "b": \.b, "titleWeight": \.titleWeight, "tagWeight": \.tagWeight, "asksWeight": \.asksWeight,
        "headingWeight": \.headingWeight, "coverageExponent": \.coverageExponent, "synonymWeight": \.synonymWeight,
        "negatedWordWeight": \.negatedWordWeight, "compoundPartWeight": \.compoundPartWeight,
        "indexedPartWeight": \.indexedPartWeight, "prefixMatchWeight": \.prefixMatchWeight,
        "spellingMatchWeight": \.spellingMatchWeight, "contextWordWeight": \.contextWordWeight,
        "unknownWordWeight": \.unknownWordWeight, "minimumScore": \.minimumScore, "minimumCoverage": \.minimumCoverage,
        "closeCallRatio": \.closeCallRatio, "relativeCutoff": \.relativeCutoff, "idfCap": \.idfCap,
        "generalWordWeight": \.generalWordWeight, "exampleWeight": \.exampleWeight, "exampleExponent": \.exampleExponent,
        "exampleAnswerScore": \.exampleAnswerScore, "classifierWeight": \.classifierWeight,
        "classifierSmoothing": \.classifierSmoothing, "classifierTemperature": \.classifierTemperature,
    ] }
}
