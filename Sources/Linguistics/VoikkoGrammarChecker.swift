import KuuloCore

/// Voikko's Finnish grammar checker, set up for social-media text: titles, unfinished paragraphs and
/// bulleted lists are accepted (captions are short lines, often without a full stop).
///
/// Problems are reported with positions in code points of the paragraph given, as libvoikko counts
/// them (`wchar_t`, UTF-32), and with Voikko's short description in `descriptionLanguage`.
public struct VoikkoGrammarChecker: GrammarChecker {
    /// The Voikko handle (shared with spelling is fine: these options only affect grammar checking).
    public let voikko: Voikko
    /// The language of the descriptions: `fi` or `en`.
    public let descriptionLanguage: String

    /// Wraps `voikko`, turning on the grammar options for social-media text.
    public init(voikko: Voikko, descriptionLanguage: String = "fi") {
        self.voikko = voikko
        self.descriptionLanguage = descriptionLanguage
        voikko.setOption(.acceptTitlesInGrammar, true)
        voikko.setOption(.acceptUnfinishedParagraphsInGrammar, true)
        voikko.setOption(.acceptBulletedListsInGrammar, true)
    }

    /// The grammar problems in `paragraph`.
    public func problems(in paragraph: String) -> [GrammarProblem] {
        voikko.grammarErrors(in: paragraph, descriptionLanguage: descriptionLanguage)
    }
}
