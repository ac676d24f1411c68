/// A hashtag typed in a question is about hashtags: it adds the word `hashtag` to the search. A tag of
/// one plain word (`is #student too generic`) keeps that word too, since the word may be the point of
/// the question; a tag of several words or with digits (`#StudentUnionAnnualMeetingAutumn`,
/// `#Vappu2026`) is only an example, and is replaced.
///
/// Without this, a long CamelCase tag is one word found nowhere, which counts as the rarest possible
/// term and drags the question's coverage under the answer threshold. The articles' own text keeps its
/// hashtags: only questions are rewritten.
enum QuestionHashtags {
    /// The word a hashtag stands for (indexed in both languages: the Finnish articles say
    /// "aihetunniste eli hashtag", and the synonyms map `hashtag` to `aihetunniste`).
    static let replacement = "hashtag"

    /// `question` with `replacement` before every hashtag (`#` followed by a letter, digit or
    /// underscore, not inside a word), and the tag itself left out unless it is one plain word; the
    /// question itself when it has none.
    static func rewritten(_ question: String) -> String {
        guard question.contains("#") else { return question }
        let characters = Array(question)
        var result = ""
        result.reserveCapacity(characters.count)
        var position = 0
        while position < characters.count {
            let character = characters[position]
            let startsTag = character == "#" && position + 1 < characters.count && isTagCharacter(characters[position + 1])
                && (position == 0 || !isTagCharacter(characters[position - 1]))
            guard startsTag else {
                result.append(character)
                position += 1
                continue
            }
            result += " \(replacement) "
            position += 1
            let start = position
            while position < characters.count, isTagCharacter(characters[position]) { position += 1 }
            let tag = characters[start..<position]
            if isPlainWord(tag) { result += String(tag) }
        }
        return result
    }

    /// Letters only, with no capital after a small letter (`student`, `Opiskelu`, not `StudentUnion`).
    private static func isPlainWord(_ tag: ArraySlice<Character>) -> Bool {
        var previousIsLowercase = false
        for character in tag {
            guard character.isLetter else { return false }
            if character.isUppercase && previousIsLowercase { return false }
            previousIsLowercase = character.isLowercase
        }
        return true
    }

    private static func isTagCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
