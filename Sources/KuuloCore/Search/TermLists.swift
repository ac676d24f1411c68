import Foundation

/// Lists by term (an index's postings): held in a dictionary when the index is built, or kept as a
/// search snapshot's bytes and decoded only when a term is asked for. A question needs a handful of an
/// index's thousands of terms, so a loaded index neither decodes nor hashes the rest.
///
/// Kept lists are found through the snapshot's table of terms (sorted by their UTF-8 bytes, binary
/// searched) with each list's place and length; the table is checked when the snapshot is read (in
/// order, every list inside the lists' bytes, at least a byte an item), and each list when it is
/// decoded. The snapshot's checksum has already vouched for every byte, and a snapshot is written only
/// when every list decodes (`decodesAll`), so a list that does not decode cannot happen short of a
/// checksum collision: it would read as empty instead of trapping.
struct TermLists<Item: Sendable>: Sendable {
    /// Decodes `count` items of one term's list.
    typealias Decoder = @Sendable (_ reader: inout SnapshotReader, _ count: Int) throws(SearchSnapshot.Damaged) -> [Item]

    /// The kept form: the lists' bytes and the table of terms.
    private struct Kept: Sendable {
        /// A reader of the lists' bytes.
        let lists: SnapshotReader
        /// The terms, sorted by their UTF-8 bytes.
        let terms: [String]
        /// Per term, where its list starts (in the snapshot) and how many bytes and items it has.
        let starts: [Int]
        let lengths: [Int]
        let counts: [Int]
        let decoder: Decoder
    }

    private let held: [String: [Item]]
    private let kept: Kept?

    /// Lists held in memory.
    init(_ lists: [String: [Item]]) {
        self.held = lists
        self.kept = nil
    }

    /// Whether `term` has a list.
    func contains(_ term: String) -> Bool {
        guard let kept else { return held[term] != nil }
        return Self.position(of: term, in: kept.terms) != nil
    }

    /// The list of `term`, or `nil` when it has none.
    subscript(term: String) -> [Item]? {
        guard let kept else { return held[term] }
        guard let index = Self.position(of: term, in: kept.terms) else { return nil }
        var reader = kept.lists.part(at: kept.starts[index], length: kept.lengths[index])
        return (try? kept.decoder(&reader, kept.counts[index])) ?? []
    }

    /// Whether every list decodes (held lists always do): checked before a snapshot is written, so that
    /// Kuulo never writes lists it cannot read back.
    var decodesAll: Bool {
        guard let kept else { return true }
        return kept.terms.indices.allSatisfy { index in
            var reader = kept.lists.part(at: kept.starts[index], length: kept.lengths[index])
            return (try? kept.decoder(&reader, kept.counts[index])) != nil
        }
    }

    /// How many items the list of `term` has (0 when it has none), without decoding it.
    func count(of term: String) -> Int {
        guard let kept else { return held[term]?.count ?? 0 }
        return Self.position(of: term, in: kept.terms).map { kept.counts[$0] } ?? 0
    }

    /// Every term with a list, in no particular order.
    var terms: [String] {
        kept?.terms ?? Array(held.keys)
    }

    /// How many terms have a list.
    var termCount: Int {
        kept?.terms.count ?? held.count
    }

    /// Every list, terms sorted by their UTF-8 bytes.
    var sorted: [(term: String, list: [Item])] {
        Self.sortedByBytes(terms).map { ($0, self[$0] ?? []) }
    }

    /// `terms` sorted by their UTF-8 bytes (the order a snapshot keeps them in).
    static func sortedByBytes(_ terms: [String]) -> [String] {
        UTF8Order.sorted(terms)
    }

    /// The index of `term` in `terms` (sorted by UTF-8 bytes), by binary search on the bytes.
    private static func position(of term: String, in terms: [String]) -> Int? {
        UTF8Order.position(of: term, in: terms)
    }
}

extension TermLists {
    /// Writes the lists: the table of terms (sorted by their UTF-8 bytes; per term its number of items
    /// and its list's length in bytes), then the lists' bytes, their total length first. `write`
    /// encodes one item.
    func write(to writer: inout SnapshotWriter, item write: (Item, inout SnapshotWriter) -> Void) {
        var encoded: [[UInt8]] = []
        let lists = sorted
        writer.count(lists.count)
        for (term, list) in lists {
            var body = SnapshotWriter()
            for item in list { write(item, &body) }
            writer.string(term)
            writer.count(list.count)
            writer.count(body.written.count)
            encoded.append(body.written)
        }
        writer.count(encoded.reduce(0) { $0 + $1.count })
        for bytes in encoded { writer.raw(bytes) }
    }

    /// Reads the table `write(to:item:)` wrote and keeps the lists' bytes for `decoder`; the table must be
    /// in order with every list inside the lists' bytes and at least a byte an item.
    init(reading reader: inout SnapshotReader, decoder: @escaping Decoder) throws(SearchSnapshot.Damaged) {
        let total = try reader.itemCount()
        var terms: [String] = [], starts: [Int] = [], lengths: [Int] = [], counts: [Int] = []
        terms.reserveCapacity(total)
        starts.reserveCapacity(total)
        lengths.reserveCapacity(total)
        counts.reserveCapacity(total)
        var offset = 0
        for _ in 0..<total {
            let term = try reader.string(), count = try reader.count(), length = try reader.count()
            guard count > 0, count <= length, length <= Int.max - offset else { throw .init() }
            if var last = terms.last {
                var next = term
                let ordered = last.withUTF8 { left in next.withUTF8 { right in UTF8Order.compare(left, right) < 0 } }
                guard ordered else { throw .init() }
            }
            terms.append(term)
            starts.append(offset)
            lengths.append(length)
            counts.append(count)
            offset += length
        }
        guard try reader.count() == offset else { throw .init() }
        let lists = try reader.part(length: offset)
        self.held = [:]
        self.kept = Kept(lists: lists, terms: terms, starts: starts.map { $0 + lists.offset }, lengths: lengths, counts: counts,
                         decoder: decoder)
    }
}

extension TermLists: Equatable where Item: Equatable {
    static func == (left: TermLists, right: TermLists) -> Bool {
        left.sorted.elementsEqual(right.sorted) { $0.term == $1.term && $0.list == $1.list }
    }
}
