import Foundation
import KuuloCore

/// Checks the built-in text files against the keys the code uses (`TextKeyCheck`): a text the code
/// uses that a built-in language lacks, or a text no code uses, is reported as `file:line:column:
/// error: …` on standard error. `files` are the data files by relative path; `root` is prefixed to
/// the paths so that the messages point at the files. Returns whether all is well.
func checkTextKeys(_ files: [String: String], root: String) -> Bool {
    let data = DataFiles(embedded: files)
    let packs = LanguagePacks(data: data).packs
    let problems = TextKeyCheck.problems(files: files, packs: packs, expectation: TextKeyCheck.codeExpectation(data: data))
    for problem in problems {
        FileHandle.standardError.write(Data("\(root)\(TextKeyCheck.place(problem)): error: \(problem.problem)\n".utf8))
    }
    return problems.isEmpty
}

/// Checks the placeholders that name a case (`NamePlaceholderCheck`), reporting like `checkTextKeys`.
func checkNamePlaceholders(_ files: [String: String], root: String) -> Bool {
    let problems = NamePlaceholderCheck.problems(files: files)
    for problem in problems {
        FileHandle.standardError.write(Data("\(root)\(TextKeyCheck.place(problem)): error: \(problem.problem)\n".utf8))
    }
    return problems.isEmpty
}
