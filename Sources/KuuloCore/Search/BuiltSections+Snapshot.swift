import Foundation

extension LanguageIndexBuilder.Built {
    /// The built sections of `index`, as the index keeps them.
    init(_ index: LanguageIndex) {
        self.init(documents: index.documents, summaries: index.summaries)
    }

    /// Writes the sections: per section its article, title, heading, kind, term counts per field
    /// (terms sorted) and passages; then the summaries.
    func write(to writer: inout SnapshotWriter) {
        writer.count(documents.count)
        for document in documents {
            writer.string(document.articleID)
            writer.string(document.title)
            writer.string(document.heading)
            writer.string(document.kind.rawValue)
            writer.count(document.termFrequencies.count)
            for term in document.termFrequencies.keys.sorted() {
                let counts = document.termFrequencies[term] ?? .init()
                writer.string(term)
                for value in [counts.title, counts.tags, counts.heading, counts.asks, counts.body] { writer.double(value) }
            }
            writer.count(document.passages.count)
            for passage in document.passages {
                writer.string(passage.text)
                writer.set(passage.terms)
            }
        }
        writer.count(summaries.count)
        for id in summaries.keys.sorted() {
            writer.string(id)
            writer.string(summaries[id] ?? "")
        }
    }

    /// Reads what `write(to:)` wrote, for sections in `language`.
    init(reading reader: inout SnapshotReader, language: Language) throws(SearchSnapshot.Damaged) {
        var documents: [SectionDocument] = []
        let total = try reader.itemCount()
        documents.reserveCapacity(total)
        for _ in 0..<total {
            let id = try reader.string(), title = try reader.string(), heading = try reader.string()
            guard let kind = KnowledgeArticle.SectionKind(rawValue: try reader.string()) else { throw .init() }
            var frequencies: [String: SectionDocument.FieldFrequencies] = [:]
            let terms = try reader.itemCount()
            frequencies.reserveCapacity(terms)
            for _ in 0..<terms {
                let term = try reader.string()
                frequencies[term] = SectionDocument.FieldFrequencies(
                    title: try reader.double(), tags: try reader.double(), heading: try reader.double(),
                    asks: try reader.double(), body: try reader.double())
            }
            var passages: [SectionDocument.Passage] = []
            for _ in 0..<(try reader.itemCount()) {
                passages.append(SectionDocument.Passage(text: try reader.string(), terms: try reader.set()))
            }
            documents.append(SectionDocument(articleID: id, language: language, title: title, heading: heading,
                                             termFrequencies: frequencies, passages: passages, kind: kind))
        }
        var summaries: [String: String] = [:]
        for _ in 0..<(try reader.itemCount()) {
            let id = try reader.string()
            summaries[id] = try reader.string()
        }
        self.init(documents: documents, summaries: summaries)
    }
}
