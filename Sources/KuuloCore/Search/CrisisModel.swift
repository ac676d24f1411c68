import Foundation

/// Tells a crisis told in words no cue lists ("someone keeps waiting for her after every event") from
/// ordinary text that only sounds dramatic, by a naive Bayes model over base forms and stems.
///
/// It learns from texts sorted into classes: ordinary (every command's and small talk's examples, the
/// Knowledge articles' questions, the near misses of `Prompts/crisis-lines.yaml`) and one class per crisis
/// intent (its examples and its lines there). Each text counts a term once. A text is judged by the log
/// odds of all crisis classes together against the ordinary one, summed over its terms the model knows
/// (a term the examples never use tells nothing either way); which crisis intent it is, by the crisis
/// class under which its terms are likeliest. The cues stay: they decide at once, and this catches
/// what they miss.
///
/// Kept flat, as a search snapshot stores it: the terms sorted by UTF-8 bytes, and per term how many
/// texts of each class use it.
struct CrisisModel: Sendable, Equatable {
    /// The crisis intents' numbers in the catalogue; class `k + 1` is `intents[k]`, class 0 ordinary.
    let intents: [Int]
    /// Every term, sorted by UTF-8 bytes.
    let terms: [String]
    /// Per term, then per class: how many texts of the class use it (`terms.count × classes`).
    let counts: [Int]
    /// Per class, the sum of its counts.
    private let totals: [Double]

    /// How sure the model is that a text is a crisis, and which one.
    struct Assessment: Equatable {
        /// The crisis intent's number in the catalogue.
        var intent: Int
        /// The log odds of a crisis against ordinary text (natural logarithm).
        var logOdds: Double
    }

    /// One text to learn from: its class (`nil` for ordinary, else the crisis intent's number) and terms.
    struct Text {
        var intent: Int?
        var terms: Set<String>
    }

    /// A model of no texts: it judges nothing.
    static let empty = CrisisModel(intents: [], terms: [], counts: [])

    /// Learns from `texts`; `intents` are the crisis intents' numbers (a text of another is ordinary).
    init(learning texts: [Text], intents: [Int]) {
        let terms = UTF8Order.sorted(Array(texts.reduce(into: Set<String>()) { $0.formUnion($1.terms) }))
        var positions: [String: Int] = [:]
        positions.reserveCapacity(terms.count)
        for (position, term) in terms.enumerated() { positions[term] = position }
        let classes = intents.count + 1
        var counts = [Int](repeating: 0, count: terms.count * classes)
        for text in texts {
            let kind = text.intent.flatMap { intents.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            for term in text.terms {
                if let position = positions[term] { counts[position * classes + kind] += 1 }
            }
        }
        self.init(intents: intents, terms: terms, counts: counts)
    }

    /// The model from its parts, which must fit together (`init(reading:intentCount:)` checks them).
    init(intents: [Int], terms: [String], counts: [Int]) {
        self.intents = intents
        self.terms = terms
        self.counts = counts
        let classes = intents.count + 1
        var totals = [Double](repeating: 0, count: classes)
        for (position, count) in counts.enumerated() { totals[position % classes] += Double(count) }
        self.totals = totals
    }

    /// How sure the model is that a text with `terms` is a crisis; `nil` when it knows none of them or
    /// has no crisis class. `smoothing` is added to every count, so a term one class never uses does not
    /// rule that class out.
    func assess(_ terms: Set<String>, smoothing: Double) -> Assessment? {
        guard !intents.isEmpty, !self.terms.isEmpty else { return nil }
        let classes = intents.count + 1
        let alpha = max(smoothing, 1e-9)
        let spread = alpha * Double(self.terms.count)
        let crisisTotal = totals.dropFirst().reduce(0, +)
        var logOdds = 0.0
        var perIntent = [Double](repeating: 0, count: intents.count)
        var known = false
        for term in terms {
            guard let position = UTF8Order.position(of: term, in: self.terms) else { continue }
            known = true
            let row = counts[(position * classes)..<((position + 1) * classes)]
            let ordinary = Double(row[row.startIndex])
            let crisis = Double(row.dropFirst().reduce(0, +))
            logOdds += log((crisis + alpha) / (crisisTotal + spread)) - log((ordinary + alpha) / (totals[0] + spread))
            for kind in intents.indices {
                perIntent[kind] += log((Double(row[row.startIndex + kind + 1]) + alpha) / (totals[kind + 1] + spread))
            }
        }
        guard known, let best = perIntent.indices.max(by: { perIntent[$0] < perIntent[$1] }) else { return nil }
        return Assessment(intent: intents[best], logOdds: logOdds)
    }
}

extension CrisisModel {
    /// Writes the crisis intents, the terms and the counts.
    func write(to writer: inout SnapshotWriter) {
        writer.count(intents.count)
        for intent in intents { writer.count(intent) }
        writer.strings(terms)
        for count in counts { writer.count(count) }
    }

    /// Reads what `write(to:)` wrote: the intents below `intentCount`, the terms in order.
    init(reading reader: inout SnapshotReader, intentCount: Int) throws(SearchSnapshot.Damaged) {
        var intents: [Int] = []
        for _ in 0..<(try reader.itemCount()) {
            let intent = try reader.count()
            guard intent < intentCount else { throw .init() }
            intents.append(intent)
        }
        let terms = try reader.strings()
        guard UTF8Order.isAscending(terms) else { throw .init() }
        var counts: [Int] = []
        let total = terms.count * (intents.count + 1)
        counts.reserveCapacity(total)
        for _ in 0..<total { counts.append(try reader.count()) }
        self.init(intents: intents, terms: terms, counts: counts)
    }
}
