/// libvoikko's Boolean options that Kuulo sets (values from `voikko_defines.h`).
public enum VoikkoOption: Int32, Sendable, CaseIterable {
    /// Accept words that end in a full stop where Voikko would want none.
    case ignoreDot = 0
    /// Accept words that contain digits.
    case ignoreNumbers = 1
    /// Accept words written all in capitals without checking them.
    case ignoreUppercase = 3
    /// Accept a capital first letter on a word normally written in lower case.
    case acceptFirstUppercase = 6
    /// Accept words written all in capitals when the word is otherwise right.
    case acceptAllUppercase = 7
    /// Grammar checking: accept paragraphs that look like titles (no full stop, short).
    case acceptTitlesInGrammar = 13
    /// Grammar checking: accept paragraphs that do not end in punctuation.
    case acceptUnfinishedParagraphsInGrammar = 14
    /// Grammar checking: accept paragraphs that look like items of a bulleted list.
    case acceptBulletedListsInGrammar = 16
}
