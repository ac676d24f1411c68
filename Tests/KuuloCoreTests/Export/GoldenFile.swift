import Foundation
import Testing

/// Golden files under `Golden/` next to this file. `KUULO_UPDATE_GOLDEN=1 swift test --filter Export`
/// rewrites them from the current output; otherwise the output must match byte for byte.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool {
        ProcessInfo.processInfo.environment["KUULO_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `text` with the golden file `name` (or rewrites it when updating).
    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let data = try #require(FileManager.default.contents(atPath: url.path),
                                "missing golden file \(name); run with KUULO_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        let expected = String(decoding: data, as: UTF8.self)
        #expect(text == expected, "\(name) differs from its golden file: \(firstDifference(text, expected))", sourceLocation: sourceLocation)
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let left = index < actualLines.count ? actualLines[index] : "<end>"
            let right = index < expectedLines.count ? expectedLines[index] : "<end>"
            if left != right { return "line \(index + 1): got «\(left)», expected «\(right)»" }
        }
        return "no line differs"
    }
}
