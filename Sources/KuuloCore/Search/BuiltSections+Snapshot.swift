import Foundation

extension LanguageIndexBuilder.Built {
    /// The built sections and postings of `index`, as the index keeps them.
    init(_ index: LanguageIndex) {
        self.init(documents: index.documents, summaries: index.summaries, postings: index.postings, examples: index.examples)
    }

    /// Writes the sections (per section its article, title, heading, kind and passages with their
    /// terms, sorted), then the postings as `TermLists` keeps them (per section its number, a byte
    /// marking the fields with a count and those counts), then the summaries, then the example
    /// phrasings (`ExampleIndex`). Kept as postings, a loaded index is not rebuilt term by term, and
    /// only the terms a question asks for are decoded.
    func write(to writer: inout SnapshotWriter) {
        writer.count(documents.count)
        for document in documents {
            writer.string(document.articleID)
            writer.string(document.title)
            writer.string(document.heading)
            writer.string(document.kind.rawValue)
            writer.count(document.passages.count)
            for passage in document.passages {
                writer.string(passage.text)
                writer.strings(passage.terms.terms)
            }
        }
        postings.write(to: &writer) { posting, body in
            body.count(posting.document)
            Self.write(posting.frequencies, to: &body)
        }
        writer.count(summaries.count)
        for id in summaries.keys.sorted() {
            writer.string(id)
            writer.string(summaries[id] ?? "")
        }
        examples.write(to: &writer)
    }

    /// Reads what `write(to:)` wrote, for sections in `language`.
    init(reading reader: inout SnapshotReader, language: Language) throws(SearchSnapshot.Damaged) {
        var documents: [SectionDocument] = []
        let total = try reader.itemCount()
        documents.reserveCapacity(total)
        for _ in 0..<total {
            let id = try reader.string(), title = try reader.string(), heading = try reader.string()
            guard let kind = KnowledgeArticle.SectionKind(rawValue: try reader.string()) else { throw .init() }
            var passages: [SectionDocument.Passage] = []
            for _ in 0..<(try reader.itemCount()) {
                let text = try reader.string()
                guard let terms = SortedTerms(sorted: try reader.strings()) else { throw .init() }
                passages.append(SectionDocument.Passage(text: text, terms: terms))
            }
            documents.append(SectionDocument(articleID: id, language: language, title: title, heading: heading,
                                             passages: passages, kind: kind))
        }
        // A term's postings are decoded when a question asks for it.
        let postings = try TermLists<LanguageIndex.Posting>(reading: &reader) {
            (reader: inout SnapshotReader, count: Int) throws(SearchSnapshot.Damaged) -> [LanguageIndex.Posting] in
            var list: [LanguageIndex.Posting] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                let document = try reader.count()
                // Every section a posting names must exist, in order.
                guard total > document, document > (list.last?.document ?? -1) else { throw .init() }
                list.append(LanguageIndex.Posting(document: document, frequencies: try Self.frequencies(from: &reader)))
            }
            guard reader.isAtEnd else { throw .init() }
            return list
        }
        var summaries: [String: String] = [:]
        for _ in 0..<(try reader.itemCount()) {
            let id = try reader.string()
            summaries[id] = try reader.string()
        }
        let examples = try ExampleIndex(reading: &reader, articles: Set(summaries.keys))
        self.init(documents: documents, summaries: summaries, postings: postings, examples: examples)
    }

    /// The fields of a term's counts in a section, bit by bit; most are zero, so a byte marks the ones
    /// written (title 1, tags 2, heading 4, asks 8, body 16).
    private static func write(_ counts: SectionDocument.FieldFrequencies, to writer: inout SnapshotWriter) {
        let fields = [counts.title, counts.tags, counts.heading, counts.asks, counts.body]
        var mask = 0
        for (bit, value) in fields.enumerated() where value.bitPattern != 0 { mask |= 1 << bit }
        writer.count(mask)
        for value in fields where value.bitPattern != 0 { writer.double(value) }
    }

    private static func frequencies(from reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) -> SectionDocument.FieldFrequencies {
        let mask = try reader.count()
        guard mask < 32 else { throw .init() }
        return SectionDocument.FieldFrequencies(
            title: try field(1, of: mask, from: &reader), tags: try field(2, of: mask, from: &reader),
            heading: try field(4, of: mask, from: &reader), asks: try field(8, of: mask, from: &reader),
            body: try field(16, of: mask, from: &reader))
    }

    private static func field(_ bit: Int, of mask: Int, from reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) -> Double {
        mask & bit == 0 ? 0 : try reader.double()
    }
}
