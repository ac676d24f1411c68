import Foundation

/// Finds a followed keyword in a member's words by base form: "vappu" in "vapuksi" and "sitsit" in
/// "sitseistä" (Voikko's base forms), and as the first part of a compound ("kasvis" in
/// "kasvisvaihtoehdot": the rest, "vaihtoehto", is a word too), but not "koko" in "kokous". A word the
/// lemmatizer does not know (a name, an abbreviation, slang) is matched by its start instead, as is every
/// word when there is no lemmatizer (English). A keyword of several words matches those words in a row.
struct KeywordMatcher {
    let lemmatizer: (any Lemmatizer)?

    /// Whether the lower-cased `words` of a sentence mention `keyword`.
    func mentions(_ words: [String], keyword: String) -> Bool {
        let parts = keyword.lowercased().split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "*")) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty, words.count >= parts.count else { return false }
        let wanted = parts.map(baseForms)
        return (0...(words.count - parts.count)).contains { start in
            parts.indices.allSatisfy { offset in matches(words[start + offset], part: parts[offset], baseForms: wanted[offset]) }
        }
    }

    private func matches(_ word: String, part: String, baseForms wanted: Set<String>) -> Bool {
        if word == part { return true }
        guard lemmatizer != nil else { return word.hasPrefix(part) }
        let forms = baseForms(word)
        // A word or keyword the lemmatizer does not know (a name, an abbreviation, slang): by its start.
        if forms.isEmpty || wanted.isEmpty { return word.hasPrefix(part) }
        return !forms.isDisjoint(with: wanted) || forms.contains { form in wanted.contains { isCompound(form, startingWith: $0) } }
    }

    /// Whether `form` is `first` followed by another word the lemmatizer knows (`kasvis` + `vaihtoehto`).
    private func isCompound(_ form: String, startingWith first: String) -> Bool {
        guard form.count > first.count + 2, form.hasPrefix(first) else { return false }
        let rest = String(form.dropFirst(first.count)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return !baseForms(rest).isEmpty
    }

    /// The word's base forms, lower-cased; empty when the lemmatizer does not know it or there is none.
    private func baseForms(_ word: String) -> Set<String> {
        Set((lemmatizer?.baseForms(word) ?? []).map { $0.lowercased() })
    }
}
