import Foundation
import Yams

/// A data file (Prompts, Knowledge) that could not be read.
public struct DataFileError: Error, Equatable, Sendable {
    /// The file's path relative to the data folder.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The parser's own description of the problem.
    public var problem: String
}

/// Reads YAML into `JSONValue` trees. Plain scalars become strings unless YAML resolves them to
/// integers, Booleans or null; dates stay strings.
public enum YAMLData {
    /// Parses a YAML document.
    public static func parse(_ text: String, path: String) throws(DataFileError) -> JSONValue {
        do {
            guard let node = try Yams.compose(yaml: text) else { return .null }
            return convert(node)
        } catch let error as YamlError {
            throw describe(error, path: path)
        } catch {
            throw DataFileError(path: path, line: nil, column: nil, problem: "\(error)")
        }
    }

    /// The line and column (1-based) of the value at `pointer` in a YAML text, or of the deepest value
    /// on the way there that the text has; `nil` when the text does not parse.
    public static func position(of pointer: JSONPointer, in text: String) -> (line: Int, column: Int)? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        walk: for token in pointer.tokens {
            switch node {
            case .mapping(let mapping):
                guard let next = mapping[token] else { break walk }
                node = next
            case .sequence(let sequence):
                guard let index = Int(token), sequence.indices.contains(index) else { break walk }
                node = sequence[index]
            default:
                break walk
            }
        }
        return node.mark.map { ($0.line, $0.column) }
    }

    private static func describe(_ error: YamlError, path: String) -> DataFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DataFileError(path: path, line: mark.line, column: mark.column, problem: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DataFileError(path: path, line: context.mark.line, column: context.mark.column,
                                 problem: "duplicate keys: " + duplicates.joined(separator: ", "))
        default:
            return DataFileError(path: path, line: nil, column: nil, problem: "\(error)")
        }
    }

    private static func convert(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.int.rawValue: return Int(scalar.string).map(JSONValue.int) ?? .string(scalar.string)
            case Tag.Name.bool.rawValue: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.float.rawValue: return Double(scalar.string).map(JSONValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                members[key.string ?? ""] = convert(value)
            }
            return .object(members)
        case .sequence(let sequence):
            return .array(sequence.map(convert))
        case .alias:
            return .null
        }
    }
}
