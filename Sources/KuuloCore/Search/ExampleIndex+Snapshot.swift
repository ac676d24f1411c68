import Foundation

extension ExampleIndex {
    /// Writes the examples (per example its article and its words' weights), then the postings (terms
    /// sorted; per occurrence its example and word number).
    func write(to writer: inout SnapshotWriter) {
        writer.count(examples.count)
        for example in examples {
            writer.string(example.articleID)
            writer.count(example.weights.count)
            for weight in example.weights { writer.double(weight) }
        }
        writer.count(postings.count)
        for term in postings.keys.sorted() {
            let list = postings[term] ?? []
            writer.string(term)
            writer.count(list.count)
            for occurrence in list {
                writer.count(occurrence.example)
                writer.count(occurrence.word)
            }
        }
    }

    /// Reads what `write(to:)` wrote; every example must belong to one of `articles` and every
    /// occurrence name an existing example's word, in order.
    init(reading reader: inout SnapshotReader, articles: Set<String>) throws(SearchSnapshot.Damaged) {
        var examples: [Example] = []
        let total = try reader.itemCount()
        examples.reserveCapacity(total)
        for _ in 0..<total {
            let id = try reader.string()
            guard articles.contains(id) else { throw .init() }
            var weights: [Double] = []
            for _ in 0..<(try reader.itemCount()) { weights.append(try reader.double()) }
            examples.append(Example(articleID: id, weights: weights))
        }
        var postings: [String: [Occurrence]] = [:]
        let terms = try reader.itemCount()
        postings.reserveCapacity(terms)
        for _ in 0..<terms {
            let term = try reader.string()
            let count = try reader.itemCount()
            var list: [Occurrence] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                let occurrence = Occurrence(example: try reader.count(), word: try reader.count())
                guard occurrence.example < examples.count, occurrence.word < examples[occurrence.example].weights.count,
                      list.last.map({ ($0.example, $0.word) < (occurrence.example, occurrence.word) }) ?? true
                else { throw .init() }
                list.append(occurrence)
            }
            guard postings.updateValue(list, forKey: term) == nil else { throw .init() }
        }
        self.init(examples: examples, postings: postings)
    }
}
