import KuuloData
import Testing
@testable import KuuloCore

@Suite("Schema validator")
struct SchemaValidatorTests {
    let schema: JSONValue = [
        "type": "object",
        "required": ["name"],
        "properties": [
            "name": ["type": "string", "minLength": 1],
            "count": ["type": "integer", "minimum": 0],
            "kind": ["enum": ["a", "b"]],
            "tags": ["type": "array", "items": ["$ref": "#/$defs/tag"]],
            "people": ["type": "object", "additionalProperties": ["type": "object", "properties": ["age": ["type": "integer"]]]],
        ],
        "$defs": ["tag": ["type": "string"]],
    ]

    @Test("a matching document has no violations")
    func valid() {
        let document: JSONValue = ["name": "x", "count": 2, "kind": "a", "tags": ["t"], "people": ["p": ["age": 3]], "extra": true]
        #expect(SchemaValidator(schema: schema).validate(document).isEmpty)
    }

    @Test("violations name the JSON path, the expectation and what was found")
    func violations() {
        let document: JSONValue = ["count": -1, "kind": "c", "tags": ["t", 5], "people": ["maija": ["age": "old"]]]
        let found = SchemaValidator(schema: schema).validate(document)
        #expect(found.contains(SchemaViolation(path: "$.name", expected: "a value", found: "nothing")))
        #expect(found.contains(SchemaViolation(path: "$.count", expected: "at least 0", found: "-1")))
        #expect(found.contains(SchemaViolation(path: "$.kind", expected: "one of \"a\", \"b\"", found: "\"c\"")))
        #expect(found.contains(SchemaViolation(path: "$.tags[1]", expected: "string", found: "integer")))
        #expect(found.contains(SchemaViolation(path: "$.people.maija.age", expected: "integer", found: "string")))
    }

    @Test("the shipped plan schema accepts an empty plan and refuses wrong types")
    func shippedSchema() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let planSchema = try #require(data.tree("Schema/plan.schema.json"))
        let validator = SchemaValidator(schema: planSchema)
        #expect(validator.validate(PlanDocument().json).isEmpty)
        var broken = PlanDocument()
        broken.content = ["organisation": ["name": 42]]
        #expect(validator.validate(broken.json) == [SchemaViolation(path: "$.plan.organisation.name", expected: "string", found: "integer")])
    }
}

@Suite("Schema validator: quick pass")
struct SchemaValidatorQuickPassTests {
    /// Every rule the validator knows, each broken once: the quick pass must let none of them through.
    @Test("each kind of violation is still found and described")
    func everyRuleStillFires() {
        let schema: JSONValue = [
            "type": "object",
            "required": ["id"],
            "properties": [
                "id": ["type": "string", "minLength": 2, "maxLength": 4],
                "one": ["type": "string", "minLength": 1],
                "n": ["type": ["integer", "null"], "minimum": 1, "maximum": 3],
                "x": ["type": "number", "maximum": .double(1.5)],
                "e": ["enum": [1, "b"]],
                "list": ["type": "array", "items": ["$ref": "#/$defs/node"]],
                "closed": ["type": "object", "properties": ["a": ["type": "boolean"]], "additionalProperties": false],
                "map": ["additionalProperties": ["$ref": "#/$defs/node"]],
                "bad": ["type": 5],
            ],
            "$defs": ["node": ["type": "object", "properties": ["child": ["$ref": "#/$defs/node"], "v": ["type": "integer"]]]],
        ]
        let validator = SchemaValidator(schema: schema)
        let valid: JSONValue = ["id": "ab", "one": "x", "n": .null, "x": 1, "e": "b", "list": [["child": ["v": 1]]],
                                "closed": ["a": true], "map": ["k": ["v": 2]], "other": 1]
        #expect(validator.validate(valid).isEmpty)
        let broken: [JSONValue] = [
            ["one": "x"], ["id": "a"], ["id": "abcde"], ["id": "äöåüx"], ["id": "ab", "one": ""], ["id": "ab", "n": 0],
            ["id": "ab", "n": 4], ["id": "ab", "n": .double(1.5)], ["id": "ab", "x": 2], ["id": "ab", "e": 2],
            ["id": "ab", "list": [["child": ["child": ["v": "deep"]]]]], ["id": "ab", "closed": ["b": 1]],
            ["id": "ab", "closed": ["a": 1]], ["id": "ab", "map": ["k": ["v": true]]], ["id": "ab", "bad": 5], "text",
        ]
        for document in broken {
            #expect(!validator.validate(document).isEmpty, "\(JSONWriter.compact(document))")
        }
        #expect(validator.validate(["id": "äöåü"]).isEmpty)
        #expect(validator.validate(["id": "äö"]).isEmpty)
    }
}
