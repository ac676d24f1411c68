/// Reads the values of a language pack file, turning a value of the wrong kind or an unknown key
/// into a `DataFileError` that names the file and the key.
struct PackReader {
    /// The keys a pack file may have at its top level.
    static let topKeys: Set<String> = ["code", "order", "names", "identifiers", "direction", "quotes", "detection",
                                       "answers", "conflict", "numbers", "months", "sentences", "linguistics", "morphology", "plurals"]
    /// The keys of `morphology`.
    static let morphologyKeys: Set<String> = ["analysis", "compounds", "suffixStripper", "spellingMatchMinimum",
                                              "possessiveSuffix", "negation", "britishSpelling"]

    /// The file being read.
    let path: String

    /// An error about the file.
    func error(_ problem: String) -> DataFileError {
        DataFileError(path: path, line: nil, column: nil, problem: problem)
    }

    /// The members of a mapping; with `keys`, any other key is an error.
    func object(_ value: JSONValue, _ name: String, keys: Set<String>?) throws(DataFileError) -> [String: JSONValue] {
        guard let members = value.objectValue else { throw error("\(name) must be a mapping") }
        if let keys, let unknown = members.keys.sorted().first(where: { !keys.contains($0) }) {
            throw error("unknown key '\(unknown)' in \(name)")
        }
        return members
    }

    /// An optional string.
    func string(_ value: JSONValue?, _ name: String) throws(DataFileError) -> String? {
        guard let value, value != .null else { return nil }
        guard let text = value.stringValue else { throw error("\(name) must be text") }
        return text
    }

    /// An optional whole number.
    func int(_ value: JSONValue?, _ name: String) throws(DataFileError) -> Int? {
        guard let value, value != .null else { return nil }
        guard let number = value.intValue else { throw error("\(name) must be a whole number") }
        return number
    }

    /// An optional Boolean.
    func bool(_ value: JSONValue?, _ name: String) throws(DataFileError) -> Bool? {
        guard let value, value != .null else { return nil }
        guard let flag = value.boolValue else { throw error("\(name) must be true or false") }
        return flag
    }

    /// A list of texts as written; missing means empty.
    func strings(_ value: JSONValue?, _ name: String) throws(DataFileError) -> [String] {
        guard let value, value != .null else { return [] }
        guard let texts = value.stringArray else { throw error("\(name) must be a list of texts") }
        return texts
    }

    /// A list of words, lower case; missing means empty.
    func words(_ value: JSONValue?, _ name: String) throws(DataFileError) -> [String] {
        try strings(value, name).map { $0.lowercased() }
    }

    /// A mapping of texts.
    func stringMap(_ value: JSONValue?, _ name: String) throws(DataFileError) -> [String: String] {
        guard let value, value != .null else { return [:] }
        var result: [String: String] = [:]
        for (key, member) in try object(value, name, keys: nil) {
            guard let text = member.stringValue else { throw error("\(name).\(key) must be text") }
            result[key] = text
        }
        return result
    }

    /// One of an enumeration's raw values.
    func enumValue<Value: RawRepresentable>(_ value: JSONValue?, _ name: String,
                                            default fallback: Value) throws(DataFileError) -> Value where Value.RawValue == String {
        guard let text = try string(value, name) else { return fallback }
        guard let parsed = Value(rawValue: text) else { throw error("\(name): unknown value '\(text)'") }
        return parsed
    }
}
