import Foundation

/// The build-time check of placeholders that name a case (`{org.genitive}`): the case must be one the
/// text's language has (`GrammaticalCase.cases(for:)`: Finnish cases in Finnish files, the possessive
/// in English ones), and the name must be one the code fills (`NamePlaceholder.names`). Any
/// `Prompts/…/<name>.<code>.yaml` file is checked; problems come with file, line and column.
public enum NamePlaceholderCheck {
    /// The problems in `files` (relative path → text), sorted by file and line.
    public static func problems(files: [String: String]) -> [DataFileError] {
        var problems: [DataFileError] = []
        for (path, text) in files where path.hasPrefix("Prompts/") && path.hasSuffix(".yaml") {
            let parts = (path as NSString).lastPathComponent.split(separator: ".")
            guard parts.count == 3 else { continue }
            let code = String(parts[1])
            let allowed: Set<GrammaticalCase> = code == Language.fi.code || code == Language.en.code
                ? Set(GrammaticalCase.cases(for: code == Language.en.code ? .en : .fi))
                : Set(GrammaticalCase.allCases)
            for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for (column, name, caseName) in placeholders(in: String(line)) {
                    let problem: String?
                    if !NamePlaceholder.names.contains(name) {
                        problem = "unknown name '\(name)' in {\(name).\(caseName)}: the code fills \(NamePlaceholder.names.sorted().joined(separator: ", "))"
                    } else if let grammaticalCase = GrammaticalCase(rawValue: caseName), allowed.contains(grammaticalCase) {
                        problem = nil
                    } else {
                        problem = "unknown case '\(caseName)' in {\(name).\(caseName)} for language '\(code)': use one of \(allowed.map(\.rawValue).sorted().joined(separator: ", "))"
                    }
                    if let problem { problems.append(DataFileError(path: path, line: lineIndex + 1, column: column, problem: problem)) }
                }
            }
        }
        return problems.sorted { ($0.path, $0.line ?? 0, $0.column ?? 0) < ($1.path, $1.line ?? 0, $1.column ?? 0) }
    }

    /// The `{name.case}` placeholders of a line: 1-based column, name and case.
    static func placeholders(in line: String) -> [(Int, String, String)] {
        var result: [(Int, String, String)] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            guard characters[index] == "{", let close = characters[index...].firstIndex(of: "}") else {
                index += 1
                continue
            }
            let inside = String(characters[(index + 1)..<close])
            let pieces = inside.split(separator: ".", omittingEmptySubsequences: false)
            if pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) {
                result.append((index + 1, String(pieces[0]), String(pieces[1])))
            }
            index = close + 1
        }
        return result
    }
}
