import Testing
@testable import KuuloCore

@Suite("JSON writer: never writes what the parser cannot read")
struct JSONWriterDepthTests {
    func nested(_ levels: Int) -> JSONValue {
        var value: JSONValue = .array([])
        for _ in 1..<levels { value = .array([value]) }
        return value
    }

    @Test("depth counts nested arrays and objects")
    func depth() {
        #expect(JSONWriter.depth(of: .int(1)) == 0)
        #expect(JSONWriter.depth(of: ["a": [1, 2]]) == 2)
        #expect(JSONWriter.depth(of: nested(40)) == 40)
    }

    @Test("the parser's own limit is written and reads back; one level more is refused")
    func limit() throws {
        let bytes = try JSONWriter.checkedPrettyBytes(nested(JSONParser.maxDepth))
        #expect(try JSONParser.parse(bytes) == nested(JSONParser.maxDepth))
        #expect(throws: JSONWriter.TooDeep(depth: JSONParser.maxDepth + 1, limit: JSONParser.maxDepth)) {
            try JSONWriter.checkedPrettyBytes(nested(JSONParser.maxDepth + 1))
        }
    }
}
