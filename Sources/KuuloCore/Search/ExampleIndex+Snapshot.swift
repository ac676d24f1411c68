import Foundation

extension ExampleIndex {
    /// Writes the examples (per example its article and its words' weights), then the postings as
    /// `TermLists` keeps them (per occurrence its example and word number).
    func write(to writer: inout SnapshotWriter) {
        writer.count(examples.count)
        for example in examples {
            writer.string(example.articleID)
            writer.count(example.weights.count)
            for weight in example.weights { writer.double(weight) }
        }
        postings.write(to: &writer) { occurrence, body in
            body.count(occurrence.example)
            body.count(occurrence.word)
        }
    }

    /// Reads what `write(to:)` wrote; every example must belong to one of `articles`, and every
    /// occurrence (checked when its term's list is decoded) name an existing example's word, in order.
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
        // A term's occurrences are decoded when a question asks for it.
        let wordCounts = examples.map(\.weights.count)
        let postings = try TermLists<Occurrence>(reading: &reader) { (reader: inout SnapshotReader, count: Int) throws(SearchSnapshot.Damaged) -> [Occurrence] in
            var list: [Occurrence] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                let occurrence = Occurrence(example: try reader.count(), word: try reader.count())
                guard occurrence.example < wordCounts.count, occurrence.word < wordCounts[occurrence.example],
                      list.last.map({ ($0.example, $0.word) < (occurrence.example, occurrence.word) }) ?? true
                else { throw .init() }
                list.append(occurrence)
            }
            guard reader.isAtEnd else { throw .init() }
            return list
        }
        self.init(examples: examples, lists: postings)
    }
}
