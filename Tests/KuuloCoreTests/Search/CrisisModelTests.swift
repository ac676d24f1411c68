import Foundation
import Testing
import KuuloData
@testable import KuuloCore

/// The crisis model (`CrisisModel`): which way its words lean, which crisis intent it picks, how it is kept
/// in a snapshot, and what it learns from (`CrisisTraining`).
@Suite("Search: the crisis model")
struct CrisisModelTests {
    /// Two crisis intents (3: a threat, 5: distress) and ordinary texts, as sets of terms.
    static let model = CrisisModel(learning: [
        .init(intent: 3, terms: ["uhata", "tappaa", "viesti"]),
        .init(intent: 3, terms: ["uhata", "osoite", "levittää"]),
        .init(intent: 3, terms: ["tappaa", "tapahtuma", "pommi"]),
        .init(intent: 5, terms: ["jaksaa", "enää", "kuolla"]),
        .init(intent: 5, terms: ["jaksaa", "ahdistaa", "yö"]),
        .init(intent: nil, terms: ["postaus", "viesti", "tapahtuma"]),
        .init(intent: nil, terms: ["postaus", "kuva", "jäsen"]),
        .init(intent: nil, terms: ["tapahtuma", "mainos", "kuva"]),
        .init(intent: nil, terms: ["hashtag", "postaus", "jäsen"]),
        // A text of an intent that is no crisis counts as ordinary.
        .init(intent: 7, terms: ["kuva", "tapahtuma", "jäsen"]),
    ], intents: [3, 5])

    @Test("crisis words lean towards a crisis, ordinary ones away, and the crisis class they fit best is named")
    func leaning() throws {
        let threat = try #require(Self.model.assess(["uhata", "tappaa", "tuntematon"], smoothing: 0.1))
        #expect(threat.intent == 3 && threat.logOdds > 3)
        let distress = try #require(Self.model.assess(["jaksaa", "enää"], smoothing: 0.1))
        #expect(distress.intent == 5 && distress.logOdds > 3)
        let ordinary = try #require(Self.model.assess(["postaus", "kuva", "jäsen"], smoothing: 0.1))
        #expect(ordinary.logOdds < 0)
        // One crisis word among ordinary ones weighs less than with other crisis words.
        let mixed = try #require(Self.model.assess(["uhata", "postaus", "kuva"], smoothing: 0.1))
        #expect(mixed.logOdds < threat.logOdds)
        // More smoothing, milder odds.
        let smoothed = try #require(Self.model.assess(["uhata", "tappaa"], smoothing: 1))
        #expect(smoothed.logOdds < (Self.model.assess(["uhata", "tappaa"], smoothing: 0.1)?.logOdds ?? 0))
    }

    @Test("a text of words the model has never seen, and a model without crisis classes, judge nothing")
    func unknown() {
        #expect(Self.model.assess(["xyzzy", "qwerty"], smoothing: 0.1) == nil)
        #expect(Self.model.assess([], smoothing: 0.1) == nil)
        #expect(CrisisModel.empty.assess(["uhata"], smoothing: 0.1) == nil)
        let noCrisis = CrisisModel(learning: [.init(intent: nil, terms: ["uhata"])], intents: [])
        #expect(noCrisis.assess(["uhata"], smoothing: 0.1) == nil)
    }

    @Test("the model comes back from a snapshot as written; an intent out of range or terms out of order are refused")
    func snapshot() throws {
        let read = try IntentSnapshotTests.roundTrip({ Self.model.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
            try CrisisModel(reading: &reader, intentCount: 8)
        })
        #expect(read == Self.model)
        #expect(read.assess(["uhata", "tappaa"], smoothing: 0.1) == Self.model.assess(["uhata", "tappaa"], smoothing: 0.1))
        #expect(throws: SearchSnapshot.Damaged.self) {
            try IntentSnapshotTests.roundTrip({ Self.model.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
                try CrisisModel(reading: &reader, intentCount: 4)
            })
        }
        let unordered = CrisisModel(intents: [3], terms: ["b", "a"], counts: [1, 0, 0, 1])
        #expect(throws: SearchSnapshot.Damaged.self) {
            try IntentSnapshotTests.roundTrip({ unordered.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
                try CrisisModel(reading: &reader, intentCount: 8)
            })
        }
    }

    @Test("the lines to learn from: crises by intent in both languages, near misses and Knowledge's questions as ordinary")
    func training() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let catalog = IntentCatalog(data: data)
        let training = CrisisTraining(data: data, catalog: catalog)
        #expect(data.drainWarnings().isEmpty)
        for language in Language.allCases {
            let crisis = try #require(training.crisis[language])
            #expect((crisis["crisis"]?.count ?? 0) > 100 && (crisis["distress"]?.count ?? 0) > 20)
            let ordinary = training.ordinary[language] ?? []
            let knowledge = KnowledgeBase(data: data)
            // Every article's questions but the crisis plan's, whose questions tell of crises and plans alike.
            let tip7 = try #require(knowledge.article("tip-7", language: language))
            #expect(tip7.phrasings.allSatisfy(ordinary.contains))
            let plan = try #require(knowledge.article("crisis-plan", language: language))
            #expect(!plan.phrasings.contains(where: ordinary.contains))
        }
        // A key that names no crisis intent is reported, not learnt from.
        let odd = DataFiles(embedded: EmbeddedFiles.all, overrides: [CrisisTraining.path: "fi:\n  draft: [\"kirjoita postaus\"]\n  crisis: [\"joku uhkaa\"]\n"])
        let read = CrisisTraining(data: odd, catalog: catalog)
        #expect(read.crisis[.fi]?["draft"] == nil && read.crisis[.fi]?["crisis"] == ["joku uhkaa"])
        #expect(odd.drainWarnings().contains { $0.path == CrisisTraining.path && "\($0)".contains("draft") })
    }
}
