/// Suggests capitalising each word of a multi-word hashtag (`#tampereenylioppilaskunta` →
/// `#TampereenYlioppilaskunta`) so screen readers read the words apart; platforms match tags
/// case-insensitively, so the capitalised tag still groups with the lower-case one.
public enum HashtagCamelCase {
    /// The capitalised form of `tag`, or `nil` when there is nothing to suggest.
    ///
    /// The tag (with or without `#`, which is kept as given) is cut into runs of letters, runs of
    /// digits and other characters (`_`, joiners); each letter run is split into words by `segmenter`.
    /// Each word starts with a capital and continues in lower case; digits and other characters stay.
    ///
    /// Returns `nil` when the tag is one word (`#vappu`), when a letter run cannot be split (the
    /// segmenter does not know it), when it is not a valid hashtag, or when it is already capitalised
    /// word by word (`#TampereenYlioppilaskunta`, `#Vappu2026`). A run of digits counts as a word:
    /// `#vappu2026` → `#Vappu2026`.
    public static func suggest(tag: String, segmenter: some WordSegmenter) -> String? {
        let validator = HashtagValidator(maximumLength: .max)
        guard validator.validate(tag).hashtag != nil else { return nil }
        let name = HashtagValidator.name(of: tag)
        let trimmed = HashtagValidator.trimmingWhitespace(tag)
        let prefix = String(trimmed.unicodeScalars.dropLast(name.unicodeScalars.count))

        var pieces: [Piece] = []
        var wordCount = 0
        for run in runs(of: name) {
            switch run.kind {
            case .letters where (2...5).contains(run.text.count) && run.text == run.text.uppercased():
                // A short run of capitals is an acronym (`TYY`, `HYY`): one word as written, nothing to
                // split and no word list to load for it.
                pieces.append(Piece(text: run.text, isLetterWord: true, length: run.text.count))
                wordCount += 1
            case .letters:
                guard let words = segmenter.segment(run.text.lowercased()),
                      !words.isEmpty, words.joined() == run.text.lowercased() else { return nil }
                pieces += words.map { Piece(text: capitalised($0), isLetterWord: true, length: $0.count) }
                wordCount += words.count
            case .digits:
                pieces.append(Piece(text: run.text, isLetterWord: false, length: run.text.count))
                wordCount += 1
            case .other:
                pieces.append(Piece(text: run.text, isLetterWord: false, length: run.text.count))
            }
        }
        guard wordCount >= 2 else { return nil }
        if isAlreadyCapitalised(name: name, pieces: pieces) { return nil }
        let suggestion = prefix + pieces.map(\.text).joined()
        return suggestion == trimmed ? nil : suggestion
    }

    /// A piece of the suggestion and how many characters of the tag it stands for.
    private struct Piece {
        let text: String
        let isLetterWord: Bool
        let length: Int
    }

    // MARK: - Runs

    private enum RunKind { case letters, digits, other }

    /// Splits `name` into runs of letters (with their marks), digits and anything else.
    private static func runs(of name: String) -> [(kind: RunKind, text: String)] {
        var result: [(kind: RunKind, text: String)] = []
        for character in name {
            let kind = self.kind(of: character)
            if let last = result.last, last.kind == kind {
                result[result.count - 1].text.append(character)
            } else {
                result.append((kind, String(character)))
            }
        }
        return result
    }

    private static func kind(of character: Character) -> RunKind {
        guard let first = character.unicodeScalars.first else { return .other }
        if HashtagCharacterClass.isLetter(first) { return .letters }
        if HashtagCharacterClass.isDecimalDigit(first) { return .digits }
        return .other
    }

    // MARK: - Case

    /// `word` with its first character in title case and the rest as given (lower case).
    private static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        let title = first.unicodeScalars.first.map { $0.properties.titlecaseMapping } ?? String(first)
        let restOfFirst = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst()))
        return title + restOfFirst + word.dropFirst()
    }

    /// Whether the tag as written already starts each suggested word with a capital and is not all
    /// capitals (which screen readers may spell out letter by letter).
    private static func isAlreadyCapitalised(name: String, pieces: [Piece]) -> Bool {
        guard name.contains(where: \.isLowercase) else { return false }
        let written = Array(name)
        var offset = 0
        for piece in pieces {
            if piece.isLetterWord {
                guard offset < written.count, written[offset].isUppercase else { return false }
            }
            offset += piece.length
        }
        return true
    }
}
