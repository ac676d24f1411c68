import Foundation

/// Word-ending rewrites read from `Prompts/synonyms.yaml`, Kuulo's own rules for words the dictionary
/// does not know:
/// - `spoken`: spoken endings and their written forms (`kirjottaa` → `kirjoittaa`, `haluun` →
///   `haluan`); trustees type as they speak, the dictionary knows the written form;
/// - `stems`: stem endings the stemmer leaves and the base form's (`postauks` → `postaus`: the
///   Finnish `-us` nouns, `postauksen`, `postauksia`).
///
/// A rewritten word only counts when something recognises it (the lemmatizer, a synonym, a word of
/// the index), so a rule may overreach without harm.
public struct EndingRewrites: Sendable, Equatable {
    /// Ending → replacement, tried in order.
    public var rules: [(ending: String, replacement: String)]

    /// Creates the rules.
    public init(rules: [(ending: String, replacement: String)] = []) {
        self.rules = rules
    }

    /// The rewritten forms of `word`, in rule order; empty when no rule applies.
    public func rewrites(of word: String) -> [String] {
        rules.compactMap { rule in
            word.count > rule.ending.count && word.hasSuffix(rule.ending) ? String(word.dropLast(rule.ending.count)) + rule.replacement : nil
        }
    }

    /// Reads a list of `[ending, replacement]` pairs; entries of another shape are skipped.
    init(json: JSONValue?) {
        self.init(rules: (json?.arrayValue ?? []).compactMap { entry in
            guard let pair = entry.arrayValue, pair.count == 2,
                  let ending = pair[0].stringValue, let replacement = pair[1].stringValue, !ending.isEmpty else { return nil }
            return (ending.lowercased(), replacement.lowercased())
        })
    }

    public static func == (left: EndingRewrites, right: EndingRewrites) -> Bool {
        left.rules.elementsEqual(right.rules) { $0 == $1 }
    }
}
