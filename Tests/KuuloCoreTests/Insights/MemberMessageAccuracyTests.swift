import Foundation
import Testing
@testable import KuuloCore
import KuuloData

@Suite("Member message kinds on the held-out set")
struct MemberMessageAccuracyTests {
    struct Labelled {
        var text: String
        var kinds: [MemberMessageKind]
    }

    /// `Evaluation/listening-2026-12/messages.yaml`, written by someone who never saw the cues.
    static func heldOut(_ language: Language) throws -> [Labelled] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Evaluation/listening-2026-12/messages.yaml"), encoding: .utf8)
        let data = try YAMLData.parse(text, path: "messages.yaml")
        return (data[language.rawValue]?.arrayValue ?? []).compactMap { item in
            guard let said = item["text"]?.stringValue else { return nil }
            return Labelled(text: said, kinds: (item["kinds"]?.stringArray ?? []).compactMap(MemberMessageKind.init(rawValue:)))
        }
    }

    /// Floors: what the first and only measurement gave, minus one message (see the set's README).
    static let floors: [Language: (main: Int, found: Int)] = [.fi: (28, 31), .en: (30, 32)]

    @Test("the main kind, and the labelled main kind among those found, on 50 messages per language", arguments: [Language.fi, .en])
    func accuracy(language: Language) throws {
        let classifier = MemberMessageClassifier(data: DataFiles(embedded: EmbeddedFiles.all).tree("Prompts/listening/kinds.yaml") ?? .object([:]))
        let set = try Self.heldOut(language)
        #expect(set.count == 50)
        var main = 0, found = 0
        var confusion: [String: Int] = [:]
        for item in set {
            let kinds = classifier.classify(item.text, language: language, keywords: [], contacts: PublicContacts(json: nil)).kinds
            if kinds.first == item.kinds.first { main += 1 } else { confusion["\(item.kinds.first?.rawValue ?? "?")→\(kinds.first?.rawValue ?? "?")", default: 0] += 1 }
            if let labelled = item.kinds.first, kinds.contains(labelled) { found += 1 }
        }
        print("[member kinds] \(language.rawValue) held-out: main kind \(main)/\(set.count), labelled main kind among found \(found)/\(set.count); misses \(confusion.sorted { $0.key < $1.key })")
        let floor = Self.floors[language] ?? (set.count, set.count)
        #expect(main >= floor.main)
        #expect(found >= floor.found)
    }
}
