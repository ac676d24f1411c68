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
