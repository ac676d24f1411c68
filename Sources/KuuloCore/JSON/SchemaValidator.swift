import Foundation

/// One place where a document does not match its schema.
public struct SchemaViolation: Equatable, Sendable {
    /// Where, as a JSON path like `$.plan.trustees.maija.name`.
    public var path: String
    /// What was expected, e.g. `string` or `one of fi, sv, en`.
    public var expected: String
    /// What was found, e.g. `integer`.
    public var found: String
}

/// Validates JSON against the subset of JSON Schema (draft 2020-12) that Kuulo's own schemas use:
/// `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `minimum`, `maximum`,
/// `minLength`, `maxLength` and local `$ref`s into `$defs`. Unknown keywords are ignored, as the
/// specification asks; CI checks the same documents with a complete validator.
public struct SchemaValidator {
    private let document: Document
    private let compiled: CompiledSchema
    private var root: JSONValue { document.root }
    private var definitions: [String: JSONValue] { document.definitions }

    /// The schema document and its `$defs` by reference, read when a violation is first described.
    private final class Document {
        private let read: () -> JSONValue
        private(set) lazy var root = read()
        private(set) lazy var definitions = SchemaValidator.definitions(of: root)

        init(_ read: @escaping () -> JSONValue) {
            self.read = read
        }
    }

    /// Creates a validator for a schema document.
    public init(schema: JSONValue) {
        self.document = Document { schema }
        self.compiled = Self.compile(schema)
    }

    /// The validator of the built-in plan schema: its rules compiled at build time
    /// (`CompiledSchema+BuiltIn.swift`), its document (`schema`) read only to describe violations.
    public static func builtInPlan(schema: @escaping () -> JSONValue) -> SchemaValidator {
        SchemaValidator(document: Document(schema), compiled: .builtInPlan())
    }

    private init(document: Document, compiled: CompiledSchema) {
        self.document = document
        self.compiled = compiled
    }

    /// `schema` compiled, its local references resolved as the validator resolves them.
    static func compile(_ schema: JSONValue) -> CompiledSchema {
        let definitions = definitions(of: schema)
        return CompiledSchema.compile(schema) { resolve($0, root: schema, definitions: definitions) }
    }

    private static func definitions(of schema: JSONValue) -> [String: JSONValue] {
        var definitions: [String: JSONValue] = [:]
        for (name, definition) in schema["$defs"]?.objectValue ?? [:] {
            definitions["#/$defs/" + name] = definition
        }
        return definitions
    }

    /// Every violation, in document order (at most `limit`).
    ///
    /// A valid document (the usual case) is recognised by a quick pass that builds no paths and sorts
    /// no keys; only a document with violations is walked again to describe them.
    public func validate(_ value: JSONValue, limit: Int = 20) -> [SchemaViolation] {
        if compiled.accepts(value) { return [] }
        var violations: [SchemaViolation] = []
        check(value, against: root, path: "$", into: &violations, limit: limit)
        return violations
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        Self.resolve(schema, root: root, definitions: definitions)
    }

    private static func resolve(_ schema: JSONValue, root: JSONValue, definitions: [String: JSONValue]) -> JSONValue {
        guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/") else { return schema }
        if let definition = definitions[reference] { return definition }
        let pointer = JSONPointer(String(reference.dropFirst()))
        return pointer.flatMap { root.value(at: $0) } ?? schema
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("string", .string),
             ("array", .array), ("object", .object), ("number", .int), ("number", .double):
            return true
        case ("integer", .double(let number)):
            return number == number.rounded()
        default:
            return false
        }
    }

    private static func memberPath(_ path: String, _ key: String) -> String {
        let plain = key.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x2D
        }
        return plain ? "\(path).\(key)" : "\(path)[\(JSONWriter.compact(.string(key)))]"
    }

    private func check(_ value: JSONValue, against rawSchema: JSONValue, path: String, into violations: inout [SchemaViolation], limit: Int) {
        guard violations.count < limit else { return }
        let schema = resolve(rawSchema)
        if let type = schema["type"] {
            let types = type.stringArray ?? [type.stringValue].compactMap { $0 }
            if !types.contains(where: { Self.matches(value, type: $0) }) {
                violations.append(SchemaViolation(path: path, expected: types.joined(separator: " or "), found: value.typeName))
                return
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            let expected = "one of " + options.map(JSONWriter.compact).joined(separator: ", ")
            violations.append(SchemaViolation(path: path, expected: expected, found: JSONWriter.compact(value)))
            return
        }
        switch value {
        case .int, .double:
            let number: Double
            if case .int(let integer) = value { number = Double(integer) } else if case .double(let real) = value { number = real } else { number = 0 }
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum {
                violations.append(SchemaViolation(path: path, expected: "at least \(Self.format(minimum))", found: JSONWriter.compact(value)))
            }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum {
                violations.append(SchemaViolation(path: path, expected: "at most \(Self.format(maximum))", found: JSONWriter.compact(value)))
            }
        case .string(let text):
            if let minimum = schema["minLength"]?.intValue, text.count < minimum {
                violations.append(SchemaViolation(path: path, expected: "at least \(minimum) characters", found: "\(text.count)"))
            }
            if let maximum = schema["maxLength"]?.intValue, text.count > maximum {
                violations.append(SchemaViolation(path: path, expected: "at most \(maximum) characters", found: "\(text.count)"))
            }
        case .array(let elements):
            if let items = schema["items"] {
                for (position, element) in elements.enumerated() {
                    check(element, against: items, path: "\(path)[\(position)]", into: &violations, limit: limit)
                }
            }
        case .object(let members):
            for key in schema["required"]?.stringArray ?? [] where members[key] == nil {
                violations.append(SchemaViolation(path: Self.memberPath(path, key), expected: "a value", found: "nothing"))
            }
            let properties = schema["properties"]?.objectValue ?? [:]
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, path: Self.memberPath(path, key), into: &violations, limit: limit)
                } else if let additional = schema["additionalProperties"] {
                    if additional == .bool(false) {
                        violations.append(SchemaViolation(path: Self.memberPath(path, key), expected: "no such field", found: member.typeName))
                    } else if additional.objectValue != nil {
                        check(member, against: additional, path: Self.memberPath(path, key), into: &violations, limit: limit)
                    }
                }
            }
        default:
            break
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let integer): return Double(integer)
        case .double(let real): return real
        default: return nil
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
