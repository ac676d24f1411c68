import Foundation

/// The thresholds of `IntentMatcher` and `FreeTextInterpreter`.
///
/// A score (0…1) compares the text with an intent's closest example: the weighted share of the example
/// found in the text and the weighted share of the text found in the example, combined as a weighted
/// geometric mean. Words count by how specific they are to few intents, stop words little, so a
/// question full of other content ("miten vastaan kun joku haukkuu meitä") stays far from any command
/// while "let's draft a post about the sauna evening" stays close to `draft`. With the defaults:
/// - ≥ 0.55, and at least 0.1 above the best intent with another command: run it (`.confident`);
/// - ≥ 0.35: offer the best up to three ("Did you mean …?", `.ambiguous`);
/// - below: not a command (`.none`), so the text is a question for Knowledge.
/// A text with a question word (`questionCues`: how, miten, …) scores 0.6 times as much, unless the
/// intent is marked `questionLike`. The defaults were tuned on the intent phrases and Knowledge
/// questions of `Tests/LinguisticsTests/Search`: every phrase confident, no question taken for a command.
public struct IntentSettings: Equatable, Sendable {
    /// The score at which an intent is run without asking.
    public var confidentScore: Double = 0.55
    /// How far the best intent must lead the best intent with another command to be run.
    public var margin: Double = 0.1
    /// The score at which an intent is offered as an option.
    public var candidateScore: Double = 0.35
    /// How many options are offered at most.
    public var maximumCandidates: Int = 3
    /// The factor for a text with a question word.
    public var questionPenalty: Double = 0.6
    /// `FreeTextInterpreter`: options scoring at least this are asked about before Knowledge is
    /// searched; weaker options are asked about only when Knowledge has no answer.
    public var clarifyBeforeKnowledge: Double = 0.5
    /// `FreeTextInterpreter`: a request ("kirjaa", "let's", "write …") whose one option scores at least
    /// this runs it instead of asking (set on the December set and the fifth session's command requests).
    public var requestAloneScore: Double = 0.44
    /// How much the share of the text found in the example counts against the share of the example
    /// found in the text (0…1): low values tolerate extra words ("… about the sauna evening").
    public var textShareWeight: Double = 0.5
    /// The weight of a stop word against a content word.
    public var stopWordWeight: Double = 0.4
    /// The weight of a word no example uses against the rarest word the examples use (0.5 took more of
    /// the tuning questions for commands, 5 → 9 in English, without starting more requests).
    public var unknownWordWeight: Double = 1.0
    /// Texts longer than this many characters are never commands.
    public var maximumLength: Int = 300

    /// The defaults.
    public init() {}
}
