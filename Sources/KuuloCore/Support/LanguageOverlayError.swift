import Foundation

/// A per-language text file that does not fit its structure file (see `LanguageOverlay`).
public struct LanguageOverlayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        /// The entry (a step id, an option value, a list) matches nothing in the structure: usually a typo.
        case unmatched(description: String)
        /// A text lands on a structural value of this type (a string, a list, a step…).
        case collision(structureType: String)
        /// The same list item is given twice.
        case duplicate(description: String)
        /// A list item has neither `id` nor `value` to match it by.
        case missingMatchKey
        /// A list item is not a mapping.
        case listItemNotAMapping
        /// An entry is empty (null) or otherwise not a text.
        case notText
        /// The file is not a mapping at its top.
        case notAMapping
        /// There is no structure file for this text file.
        case noStructureFile(String)
        /// A text of the structure file is not given in these languages, though they have text files.
        case missingLanguages([String])
    }

    /// The text file's path.
    public var path: String
    /// Where in the text file the problem is.
    public var pointer: JSONPointer
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(path: String, pointer: JSONPointer, problem: Problem) {
        self.path = path
        self.pointer = pointer
        self.problem = problem
    }

    /// The problem in words, with the place in the text file.
    public var description: String {
        let place = pointer.tokens.isEmpty ? "" : " at \(pointer)"
        switch problem {
        case .unmatched(let description): return "text entry\(place) matches nothing in the structure: \(description)"
        case .collision(let type): return "text\(place) would replace a \(type) in the structure file, not a text"
        case .duplicate(let description): return "list item with \(description) is given twice\(place)"
        case .missingMatchKey: return "list item\(place) needs an id or value to match it to the structure"
        case .listItemNotAMapping: return "list item\(place) must be a mapping with an id or value"
        case .notText: return "entry\(place) is not a text"
        case .notAMapping: return "a text file must be a mapping"
        case .noStructureFile(let structure): return "there is no \(structure) for these texts"
        case .missingLanguages(let codes):
            let files = codes.map { code in (path as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: ".\(code).yaml") }
            return "the text\(place) is missing in \(files.joined(separator: ", "))"
        }
    }

    /// The error as a data-file error, with the line and column found in the file's `text` when given.
    public func dataFileError(text: String?) -> DataFileError {
        let mark = text.flatMap { YAMLData.position(of: pointer, in: $0) }
        return DataFileError(path: path, line: mark?.line, column: mark?.column, problem: description)
    }
}
