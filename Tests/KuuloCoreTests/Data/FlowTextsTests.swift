import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// Walks data trees for the per-language texts of flows and commands.
enum TextTrees {
    /// The flow and command structure files among the embedded data.
    static var structurePaths: [String] {
        EmbeddedFiles.all.keys.filter(LanguageOverlay.takesTexts).sorted()
    }

    /// `Tests/Fixtures/<name>`.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// Whether `value` is an inline text map in the given languages (`{en: "…", fi: "…"}`).
    static func isTextMap(_ value: JSONValue, codes: Set<String>) -> Bool {
        guard let members = value.objectValue, !members.isEmpty else { return false }
        return members.keys.allSatisfy(codes.contains) && members.values.allSatisfy(LanguageOverlay.isText)
    }

    /// Every inline text map in a tree, with its place.
    static func textMaps(in tree: JSONValue, codes: Set<String>, at place: String = "") -> [(place: String, map: [String: JSONValue])] {
        if isTextMap(tree, codes: codes), let members = tree.objectValue { return [(place, members)] }
        switch tree {
        case .object(let members):
            return members.sorted { $0.key < $1.key }.flatMap { textMaps(in: $0.value, codes: codes, at: place + "/" + $0.key) }
        case .array(let items):
            return items.enumerated().flatMap { index, item in
                let name = item["id"]?.stringValue ?? item["value"]?.stringValue ?? String(index)
                return textMaps(in: item, codes: codes, at: place + "[\(name)]")
            }
        default:
            return []
        }
    }

    /// The tree without its text maps (and without mappings made only of them), as the structure file holds it.
    static func strippingTexts(_ tree: JSONValue, codes: Set<String>) -> JSONValue? {
        if isTextMap(tree, codes: codes) { return nil }
        switch tree {
        case .object(let members):
            let kept = members.compactMapValues { strippingTexts($0, codes: codes) }
            return kept.isEmpty && !members.isEmpty ? nil : .object(kept)
        case .array(let items):
            return .array(items.map { strippingTexts($0, codes: codes) ?? .object([:]) })
        default:
            return tree
        }
    }
}

@Suite("Flow and command texts in per-language files")
struct FlowTextsTests {
    @Test("the texts laid over at build time (kuulo-embed) equal those laid over when the YAML is read")
    func buildTimeEqualsRuntime() throws {
        let built = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML)
        let read = DataFiles(embedded: EmbeddedFiles.all)
        for path in TextTrees.structurePaths {
            let merged = try #require(built.tree(path))
            #expect(merged == read.tree(path), "\(path)")
            #expect(merged["steps"] != nil || merged["commands"] != nil, "\(path)")
        }
        #expect(built.warnings.isEmpty && read.warnings.isEmpty)
    }

    @Test("flow and command files hold no inline texts: their texts are in the per-language files")
    func noInlineTexts() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        for path in TextTrees.structurePaths {
            let codes = Set(data.textFiles(of: path).map(\.code))
            #expect(codes.count >= 2, "\(path) has no per-language text files")
            let own = try YAMLData.parse(EmbeddedFiles.all[path] ?? "", path: path)
            let inline = TextTrees.textMaps(in: own, codes: codes).map(\.place)
            #expect(inline.isEmpty, "\(path) has inline texts at \(inline); run python3 scripts/split-flow-texts.py")
        }
    }

    @Test("every text of every flow and command is given in every language that has text files")
    func everyLanguageComplete() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML)
        var texts = 0
        for path in TextTrees.structurePaths {
            let codes = Set(data.textFiles(of: path).map(\.code))
            let merged = try #require(data.tree(path))
            for (place, map) in TextTrees.textMaps(in: merged, codes: codes) {
                texts += 1
                #expect(Set(map.keys) == codes, "\(path)\(place) has \(map.keys.sorted()) of \(codes.sorted())")
            }
        }
        #expect(texts > 200)
        #expect(data.warnings.isEmpty, "\(data.warnings)")
    }
}
