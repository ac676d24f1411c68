/// A schema node with its keywords read once, so that checking a large document does no dictionary
/// lookups per value. It answers only "valid or not"; `SchemaValidator` describes the violations.
final class CompiledSchema {
    /// What `additionalProperties` says.
    enum Additional {
        case unconstrained
        case forbidden
        case schema(CompiledSchema)
    }

    private(set) var isObject = false
    private(set) var types: [String]?
    private(set) var options: [JSONValue]?
    private(set) var minimum: Double?
    private(set) var maximum: Double?
    private(set) var minLength: Int?
    private(set) var maxLength: Int?
    private(set) var items: CompiledSchema?
    private(set) var required: [String] = []
    private(set) var properties: [String: CompiledSchema]?
    private(set) var additional = Additional.unconstrained

    /// An empty node (valid for everything) that `fill` or `compile` completes.
    init() {}

    /// Sets a node's rules (the build-time form in `CompiledSchema+BuiltIn.swift` calls this).
    func fill(types: [String]? = nil, options: [JSONValue]? = nil, minimum: Double? = nil, maximum: Double? = nil,
              minLength: Int? = nil, maxLength: Int? = nil, items: CompiledSchema? = nil, required: [String] = [],
              properties: [String: CompiledSchema]? = nil, additional: Additional = .unconstrained) {
        isObject = true
        self.types = types
        self.options = options
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.items = items
        self.required = required
        self.properties = properties
        self.additional = additional
    }

    /// The nodes right below this one: `items`, the properties by name, then `additionalProperties`.
    var children: [CompiledSchema] {
        var nodes = items.map { [$0] } ?? []
        if let properties { nodes += properties.keys.sorted().compactMap { properties[$0] } }
        if case .schema(let schema) = additional { nodes.append(schema) }
        return nodes
    }

    /// Compiles `schema`, resolving local `$ref`s with `resolve` exactly once per node, as the
    /// validator does. Shared references are compiled once, which also ends recursive schemas.
    static func compile(_ schema: JSONValue, resolve: (JSONValue) -> JSONValue) -> CompiledSchema {
        var byReference: [String: CompiledSchema] = [:]
        return compile(schema, resolve: resolve, byReference: &byReference)
    }

    private static func compile(_ raw: JSONValue, resolve: (JSONValue) -> JSONValue, byReference: inout [String: CompiledSchema]) -> CompiledSchema {
        // Only a reference that resolves stands for the same node wherever it appears.
        let resolved = resolve(raw)
        let reference = resolved == raw ? nil : raw["$ref"]?.stringValue
        if let reference, let known = byReference[reference] { return known }
        let node = CompiledSchema()
        if let reference { byReference[reference] = node }
        guard case .object(let keywords) = resolved else { return node }
        node.isObject = true
        // One pass over the node's own keywords (a schema node has a few) instead of a lookup for each
        // keyword the validator knows.
        for (keyword, value) in keywords {
            switch keyword {
            case "type": node.types = value.stringArray ?? [value.stringValue].compactMap { $0 }
            case "enum": node.options = value.arrayValue
            case "minimum": node.minimum = number(value)
            case "maximum": node.maximum = number(value)
            case "minLength": node.minLength = value.intValue
            case "maxLength": node.maxLength = value.intValue
            case "items": node.items = compile(value, resolve: resolve, byReference: &byReference)
            case "required": node.required = value.stringArray ?? []
            case "properties":
                let members = value.objectValue ?? [:]
                var compiled = [String: CompiledSchema](minimumCapacity: members.count)
                for (key, property) in members {
                    compiled[key] = compile(property, resolve: resolve, byReference: &byReference)
                }
                node.properties = compiled
            case "additionalProperties":
                if value == .bool(false) {
                    node.additional = .forbidden
                } else if value.objectValue != nil {
                    node.additional = .schema(compile(value, resolve: resolve, byReference: &byReference))
                }
            default: break
            }
        }
        return node
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let integer): return Double(integer)
        case .double(let real): return real
        default: return nil
        }
    }

    /// Whether `value` meets every rule here and below, under the same rules as `SchemaValidator`.
    func accepts(_ value: JSONValue) -> Bool {
        guard isObject else { return true }
        if let types, !types.contains(where: { SchemaValidator.matches(value, type: $0) }) { return false }
        if let options, !options.contains(value) { return false }
        switch value {
        case .int, .double:
            let number: Double
            if case .int(let integer) = value { number = Double(integer) } else if case .double(let real) = value { number = real } else { number = 0 }
            if let minimum, number < minimum { return false }
            if let maximum, number > maximum { return false }
        case .string(let text):
            if let minLength {
                // At least one character exactly when not empty; longer minimums count characters.
                if minLength <= 1 ? (minLength == 1 && text.isEmpty) : text.count < minLength { return false }
            }
            // A text has no more characters than UTF-8 bytes, so short ones need no counting.
            if let maxLength, text.utf8.count > maxLength, text.count > maxLength { return false }
        case .array(let elements):
            if let items {
                for element in elements where !items.accepts(element) { return false }
            }
        case .object(let members):
            for key in required where members[key] == nil { return false }
            if properties == nil, case .unconstrained = additional { return true }
            for (key, member) in members {
                if let property = properties?[key] {
                    if !property.accepts(member) { return false }
                } else {
                    switch additional {
                    case .unconstrained: break
                    case .forbidden: return false
                    case .schema(let schema): if !schema.accepts(member) { return false }
                    }
                }
            }
        default:
            break
        }
        return true
    }
}
