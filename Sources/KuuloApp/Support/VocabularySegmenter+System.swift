import Foundation
import KuuloCore
import Linguistics

extension VocabularySegmenter {
    /// Voikko and Hunspell behind the vocabulary of `data` (an organisation's own words included),
    /// the vocabulary read on the first hashtag that needs word boundaries.
    static func system(data: DataFiles) -> VocabularySegmenter {
        // The chat and `kuulo check` read their data on one thread; the closure only defers the read.
        nonisolated(unsafe) let data = data
        // Not a Memo keyed by a dummy Int: the chat's start would pay the runtime's first look-up of
        // Int's Hashable conformance (~0.2 M instructions) for it.
        let vocabulary = OnFirstUse { SocialMediaVocabulary(json: data.tree(DraftRuleData.vocabularyPath)) }
        let system = SystemSegmenter()
        return VocabularySegmenter(base: system, isFinnishWord: system.isFinnishWord) { vocabulary.value }
    }
}
