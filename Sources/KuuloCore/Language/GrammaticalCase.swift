import Foundation

/// The case a name takes in a sentence, as a text's placeholder names it: `{org.genitive}` is the
/// organisation's name in the genitive (fi "LYY:n"), `{org.possessive}` in the English possessive
/// ("LYY's"). `kuulo-embed` refuses a placeholder whose case is not one of these.
public enum GrammaticalCase: String, CaseIterable, Sendable, Codable {
    /// fi: kenen (LYY:n, ylioppilaskunnan).
    case genitive
    /// fi: mitä (LYY:tä, ylioppilaskuntaa).
    case partitive
    /// fi: mihin (LYY:hyn, ylioppilaskuntaan).
    case illative
    /// fi: missä (LYY:ssä).
    case inessive
    /// fi: mistä (LYY:stä).
    case elative
    /// fi: millä (LYY:llä).
    case adessive
    /// fi: miltä (LYY:ltä).
    case ablative
    /// fi: mille (LYY:lle).
    case allative
    /// fi: minä (LYY:nä).
    case essive
    /// en: whose (LYY's).
    case possessive

    /// The cases a language's texts may name: the Finnish local and grammatical cases, or the English
    /// possessive. (The nominative is the plain placeholder, `{org}`.)
    public static func cases(for language: Language) -> [GrammaticalCase] {
        language == .en ? [.possessive] : allCases.filter { $0 != .possessive }
    }
}
