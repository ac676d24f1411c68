import Testing
@testable import KuuloCore

@Suite("JSON parser")
struct JSONParserTests {
    @Test("reads every JSON type and keeps integers apart from decimals")
    func readsTypes() throws {
        let value = try JSONParser.parse(#"{"a": [1, 2.5, -3e2, true, false, null, "x\u00e4\n"], "b": {}}"#)
        #expect(value == .object(["a": .array([.int(1), .double(2.5), .double(-300), .bool(true), .bool(false), .null, .string("xä\n")]), "b": .object([:])]))
    }

    @Test("decodes surrogate pairs")
    func surrogates() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test("reports line and column of a bad character", arguments: [
        ("{\n  \"a\": 1,\n  \"b\": x\n}", 3, 8),
        ("{\"a\": 1,}", 1, 9),
        ("[1 2]", 1, 4),
    ])
    func badCharacter(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("parsed invalid JSON")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test("a truncated file is an unexpected end, with its position")
    func truncated() {
        #expect(throws: JSONSyntaxError(line: 2, column: 10, kind: .unexpectedEnd)) {
            try JSONParser.parse("{\n  \"a\": [1")
        }
    }

    @Test("rejects duplicate keys, trailing content, leading zeros and bad escapes")
    func rejects() {
        #expect(throws: JSONSyntaxError(line: 1, column: 10, kind: .duplicateKey("a"))) { try JSONParser.parse(#"{"a": 1, "a": 2}"#) }
        #expect(throws: JSONSyntaxError(line: 1, column: 4, kind: .trailingContent)) { try JSONParser.parse("{} x") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("01") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#""\q""#) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\"a\nb\"") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("") }
    }

    @Test("large objects keep every member and refuse a duplicate key as small ones do", arguments: [3, 16, 17, 40])
    func largeObjects(size: Int) throws {
        let members = (0..<size).map { "\"k\($0)\": \($0)" }
        let value = try JSONParser.parse("{" + members.joined(separator: ", ") + "}")
        #expect(value.objectValue?.count == size)
        #expect(value["k\(size - 1)"] == .int(size - 1))
        // The same key again as the last member, wherever the check is made (by list or by set).
        let text = "{" + members.joined(separator: ", ") + ", \"k0\": 0}"
        let column = text.count - "\"k0\": 0}".count + 1
        #expect(throws: JSONSyntaxError(line: 1, column: column, kind: .duplicateKey("k0"))) { try JSONParser.parse(text) }
    }

    @Test("rejects invalid UTF-8 inside strings")
    func invalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() {
        do {
            _ = try JSONParser.parse("{\"ä\": ?}")
            Issue.record("parsed invalid JSON")
        } catch {
            #expect(error.column == 7)
        }
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("pretty output has a stable key order, short scalar arrays on one line and a trailing newline")
    func stableOrder() {
        let value: JSONValue = ["zeta": 1, "alpha": ["b", "a"], "schemaVersion": 1, "history": [], "name": "Ä"]
        #expect(JSONWriter.pretty(value) == """
        {
          "schemaVersion": 1,
          "name": "Ä",
          "alpha": ["b", "a"],
          "zeta": 1,
          "history": []
        }

        """)
    }

    @Test("escapes what JSON requires and round-trips through the parser")
    func roundTrip() throws {
        let value: JSONValue = ["text": "quote \" backslash \\ tab \t newline \n bell \u{07}", "n": .double(1.5), "list": [["deep": true]]]
        let text = JSONWriter.pretty(value)
        #expect(text.contains(#"\u0007"#))
        #expect(try JSONParser.parse(text) == value)
    }
}

@Suite("JSON Pointer")
struct JSONPointerTests {
    @Test("parses and prints escaped tokens")
    func escaping() throws {
        let pointer = try #require(JSONPointer("/a~1b/c~0d"))
        #expect(pointer.tokens == ["a/b", "c~d"])
        #expect(pointer.description == "/a~1b/c~0d")
        #expect(JSONPointer("no-slash") == nil)
    }

    @Test("sets values deep, creating objects, and removes them")
    func setAndRemove() throws {
        var value: JSONValue = .object([:])
        value.setValue("x", at: try #require(JSONPointer("/a/b/c")))
        #expect(value == ["a": ["b": ["c": "x"]]])
        value.setValue(nil, at: try #require(JSONPointer("/a/b/c")))
        #expect(value == ["a": ["b": .object([:])]])
        var list: JSONValue = ["items": ["a", "b"]]
        list.setValue("c", at: try #require(JSONPointer("/items/2")))
        #expect(list.value(at: try #require(JSONPointer("/items/2"))) == "c")
    }
}

@Suite("JSON Pointer: byte-level split")
struct JSONPointerSplitTests {
    @Test("ASCII pointers split as the character-level reading does")
    func asciiLikeCharacters() {
        for text in ["", "/", "//", "/a", "/a/", "/a/b~1c/d~0e", "/~01", "/organisation/coreMessage", "a/b", "/0/-"] {
            let reference: [String]? = text.isEmpty ? [] : text.hasPrefix("/")
                ? text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
                    $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                }
                : nil
            #expect(JSONPointer(text)?.tokens == reference, "\(text)")
        }
        #expect(JSONPointer("/trustees/mäki/name")?.tokens == ["trustees", "mäki", "name"])
    }
}
