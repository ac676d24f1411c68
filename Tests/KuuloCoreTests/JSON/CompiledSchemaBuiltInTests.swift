import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// Whether two compiled schemas have the same rules node for node, shared and recursive references
/// included (`pairs` holds the node pairs already being compared).
private func sameRules(_ one: CompiledSchema, _ other: CompiledSchema, pairs: inout Set<[ObjectIdentifier]>) -> Bool {
    guard pairs.insert([ObjectIdentifier(one), ObjectIdentifier(other)]).inserted else { return true }
    guard one.isObject == other.isObject, one.types == other.types, one.options == other.options, one.minimum == other.minimum,
          one.maximum == other.maximum, one.minLength == other.minLength, one.maxLength == other.maxLength,
          one.required == other.required, one.properties?.keys.sorted() == other.properties?.keys.sorted(),
          (one.items == nil) == (other.items == nil) else { return false }
    switch (one.additional, other.additional) {
    case (.unconstrained, .unconstrained), (.forbidden, .forbidden), (.schema, .schema): break
    default: return false
    }
    let (mine, theirs) = (one.children, other.children)
    return mine.count == theirs.count && zip(mine, theirs).allSatisfy { sameRules($0, $1, pairs: &pairs) }
}

private func sameRules(_ one: CompiledSchema, _ other: CompiledSchema) -> Bool {
    var pairs: Set<[ObjectIdentifier]> = []
    return sameRules(one, other, pairs: &pairs)
}

@Suite("The built-in plan schema compiled at build time")
struct CompiledSchemaBuiltInTests {
    let schema = DataFiles(embedded: EmbeddedFiles.all).tree("Schema/plan.schema.json") ?? .object([:])

    @Test("CompiledSchema+BuiltIn.swift has the rules that compiling Schema/plan.schema.json gives (else regenerate it)")
    func matchesTheSchemaFile() {
        #expect(sameRules(CompiledSchema.builtInPlan(), SchemaValidator.compile(schema)),
                "CompiledSchema+BuiltIn.swift is out of date: \(CompiledSchemaWriter.command)")
    }

    @Test("the comparison sees a changed rule")
    func comparisonSeesChanges() throws {
        guard case .object(var root) = schema, case .array(var required)? = root["required"] else {
            Issue.record("the plan schema has no required list")
            return
        }
        required.removeLast()
        root["required"] = .array(required)
        #expect(!sameRules(CompiledSchema.builtInPlan(), SchemaValidator.compile(.object(root))))
        #expect(!sameRules(CompiledSchema.builtInPlan(), SchemaValidator.compile(["type": "object"])))
    }

    @Test("the generated file is what the writer makes of the schema now")
    func generatedFileIsCurrent() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/KuuloCore/JSON/CompiledSchema+BuiltIn.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == CompiledSchemaWriter.swiftSource(schema: schema, path: "Schema/plan.schema.json"), "run \(CompiledSchemaWriter.command)")
    }

    @Test("the built-in validator accepts and describes as one compiled from the schema")
    func validatorsAgree() {
        let builtIn = SchemaValidator.builtInPlan { schema }
        let parsed = SchemaValidator(schema: schema)
        var broken = PlanDocument()
        broken.content = ["organisation": ["name": 42], "trustees": ["maija": ["name": "Maija", "extra": true]]]
        for document in [PlanDocument().json, broken.json] {
            #expect(builtIn.validate(document) == parsed.validate(document))
        }
        #expect(!builtIn.validate(broken.json).isEmpty)
    }
}
