import Foundation

/// A crude stem for Finnish derivation: the first few letters of a base form, as an index term of
/// its own (`›maini` for both `maininta` and `mainita`, `›julka` for `julkaisu` and `julkaista`).
/// Voikko's base forms undo inflection but not derivation; this low-weight fallback lets a question's
/// verb find an article's noun. It also stands in for words Voikko does not know.
enum PrefixStem {
    /// The prefix term of `form`, or `nil` when `form` is not longer than `length` letters.
    static func term(for form: String, length: Int) -> String? {
        guard length > 0, form.count > length, form.allSatisfy(\.isLetter) else { return nil }
        return "›" + form.prefix(length)
    }
}
