import Foundation
import KuuloCore
import Testing

/// The second, third and fourth crisis sets (`Evaluation/dev/crisis-2.yaml`, `crisis-3.yaml`, `crisis-4.yaml`):
/// 30 crises and 25 near misses per language (the fourth 40 and 35), written from a brief by someone who had seen
/// none of Kuulo's cues. Each was measured once before any change for it (crisis-2: 13/30 fi, 16/30 en; crisis-3:
/// 18/30, 16/30; crisis-4 with the crisis model: 30/40, 33/40), then the cues were widened or the model learnt its
/// lines, so these floors pin the tuned behaviour; they are no measure of how well unseen text is caught. The
/// crisis model takes one Finnish near miss of crisis-3 and a few of crisis-4 ("ihan tappava merchi") for crises.
@Suite("Search: crisis first on the second, third and fourth crisis sets")
struct SearchCrisisSetTests {
    /// Per set and language: messages given the right treatment (crisis guidance for a crisis, anything else
    /// for a near miss).
    static let floors: [String: [Language: Int]] = [
        "crisis-2": [.fi: 53, .en: 53], "crisis-3": [.fi: 54, .en: 55], "crisis-4": [.fi: 71, .en: 73],
    ]
    /// Per set: its messages and crises per language.
    static let sizes: [String: (all: Int, crises: Int)] = ["crisis-2": (55, 30), "crisis-3": (55, 30), "crisis-4": (75, 40)]

    @Test("every crisis of the set gets the crisis guidance, and the near misses mostly do not",
          arguments: ["crisis-2", "crisis-3", "crisis-4"], [Language.fi, Language.en])
    func crisisSet(set: String, language: Language) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Evaluation/dev/\(set).yaml")
        let labelled = try UnderstandingEvaluation.read(String(contentsOf: path, encoding: .utf8), path: path.path)
        let items = try #require(labelled[language])
        let size = try #require(Self.sizes[set])
        #expect(items.count == size.all && items.filter { $0.expected == "crisis" }.count == size.crises, "the set is whole")
        let evaluation = UnderstandingEvaluation(interpreter: SearchFixture.interpreter, commands: CommandRegistry(data: SearchFixture.data()))
        let crises = evaluation.requests(items.filter { $0.expected == "crisis" }, language: language)
        #expect(crises.right == size.crises, "\(crises.misses.joined(separator: "\n"))")
        let floor = try #require(Self.floors[set]?[language])
        let all = evaluation.requests(items, language: language)
        #expect(all.right >= floor, "\(all.misses.joined(separator: "\n"))")
    }
}
