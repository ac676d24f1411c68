import KuuloCore

/// A failure the user must hear about: a message (from `Prompts/`) and an exit code. Every error
/// that leaves a command goes through `ExitCodes.report`.
public struct KuuloError: Error, Equatable {
    /// What to say.
    public var key: MessageKey
    /// The message's placeholders.
    public var arguments: [String: String]
    /// Extra lines under the message (e.g. one per invalid field).
    public var details: [String]
    /// How the process ends.
    public var exitCode: Int32

    /// Creates an error.
    public init(_ key: MessageKey, _ arguments: [String: String] = [:], details: [String] = [], exitCode: Int32) {
        self.key = key
        self.arguments = arguments
        self.details = details
        self.exitCode = exitCode
    }

    /// A plan file that cannot be used (exit 65), described field by field where it helps.
    public static func plan(_ error: PlanError, path: String, messages: MessageCatalog, language: Language) -> KuuloError {
        switch error {
        case .syntax(let syntax):
            let problem: String
            switch syntax.kind {
            case .unexpectedEnd: problem = messages.text(.errorSyntaxUnexpectedEnd, language)
            case .unexpectedCharacter(let character): problem = messages.text(.errorSyntaxCharacter, language, ["character": character])
            case .invalidNumber: problem = messages.text(.errorSyntaxNumber, language)
            case .invalidEscape: problem = messages.text(.errorSyntaxEscape, language)
            case .invalidUTF8: problem = messages.text(.errorSyntaxUTF8, language)
            case .duplicateKey(let key): problem = messages.text(.errorSyntaxDuplicateKey, language, ["key": key])
            case .trailingContent: problem = messages.text(.errorSyntaxTrailing, language)
            case .tooDeep: problem = messages.text(.errorSyntaxDeep, language)
            }
            return KuuloError(.errorPlanSyntax, ["path": path, "line": String(syntax.line), "column": String(syntax.column), "problem": problem], exitCode: ExitCodes.dataError)
        case .notAPlan:
            return KuuloError(.errorPlanNotAPlan, ["path": path], exitCode: ExitCodes.dataError)
        case .tooNew(let found, let supported):
            return KuuloError(.errorPlanTooNew, ["path": path, "found": String(found), "supported": String(supported)], exitCode: ExitCodes.dataError)
        case .invalid(let violations):
            let details = violations.map {
                messages.text(.errorPlanInvalidItem, language, ["jsonPath": $0.path, "expected": $0.expected, "found": $0.found])
            }
            return KuuloError(.errorPlanInvalid, ["path": path], details: details, exitCode: ExitCodes.dataError)
        }
    }
}

extension KuuloError {
    /// A plan that could not be loaded or saved, with the exit code DESIGN.md gives its kind:
    /// unusable content 65, a path that is not there 66, reading, writing or locking 74.
    public static func store(_ error: PlanStoreError, path: String, messages: MessageCatalog, language: Language, reading: Bool = false,
                             importing: Bool = false) -> KuuloError {
        switch error {
        case .plan(let planError):
            return plan(planError, path: path, messages: messages, language: language)
        case .io(let reason):
            return KuuloError(reading ? .errorReadFailed : .errorWriteFailed, ["path": path, "reason": reason], exitCode: ExitCodes.ioError)
        case .system(let code):
            return KuuloError(reading ? .errorReadFailed : .errorWriteFailed, ["path": path, "reason": code.text(messages, language)], exitCode: ExitCodes.ioError)
        case .unwritableDirectory(let folder):
            return KuuloError(.errorDirectoryUnwritable, ["path": folder], exitCode: ExitCodes.ioError)
        case .missing(let folder):
            if reading { return KuuloError(.errorFileMissing, ["path": path], exitCode: ExitCodes.noInput) }
            return KuuloError(.errorDirectoryUnwritable, ["path": folder], exitCode: ExitCodes.ioError)
        case .notRegularFile(.brokenLink):
            return KuuloError(.errorPlanBrokenLink, ["path": path], exitCode: ExitCodes.noInput)
        case .notRegularFile(let kind):
            let words: MessageKey
            switch kind {
            case .directory: words = .fileKindDirectory
            case .fifo: words = .fileKindFIFO
            case .device: words = .fileKindDevice
            case .socket: words = .fileKindSocket
            case .brokenLink, .other: words = .fileKindOther
            }
            return KuuloError(importing ? .errorImportNotRegular : .errorPlanNotRegular, ["path": path, "kind": messages.text(words, language)], exitCode: ExitCodes.ioError)
        case .tooLarge(let limit):
            return KuuloError(importing ? .errorImportTooLarge : .errorPlanTooLarge, ["path": path, "limit": String(limit >> 20)], exitCode: ExitCodes.dataError)
        case .readOnly:
            return KuuloError(.errorPlanReadOnly, ["path": path], exitCode: ExitCodes.ioError)
        case .locked(let lockFile):
            return KuuloError(.errorPlanLocked, ["path": path, "lock": lockFile, "seconds": String(Int(PlanStore.lockTimeout))], exitCode: ExitCodes.ioError)
        case .tooDeep(let limit):
            return KuuloError(.errorPlanTooDeep, ["path": path, "limit": String(limit)], exitCode: ExitCodes.dataError)
        case .readBackFailed:
            return KuuloError(.errorPlanReadBack, ["path": path], exitCode: ExitCodes.dataError)
        }
    }
}

/// The process exit codes of DESIGN.md, and the one place errors become messages and codes.
public enum ExitCodes {
    /// Everything went well.
    public static let ok: Int32 = 0
    /// Findings at error level, or an operation that failed.
    public static let failure: Int32 = 1
    /// Wrong use of the command line.
    public static let usage: Int32 = 64
    /// Invalid or too new data.
    public static let dataError: Int32 = 65
    /// A file that should be there is not.
    public static let noInput: Int32 = 66
    /// A program Kuulo needs is not installed (Chromium for the PDF).
    public static let unavailable: Int32 = 69
    /// Reading or writing failed.
    public static let ioError: Int32 = 74
    /// Interrupted by Ctrl-C.
    public static let interrupted: Int32 = 130

    /// Writes the error to standard error in the user's language and returns its exit code.
    public static func report(_ error: KuuloError, messages: MessageCatalog, language: Language, output: Output) -> Int32 {
        var lines = [messages.text(error.key, language, error.arguments)]
        lines += error.details
        output.error(lines.joined(separator: "\n"))
        return error.exitCode
    }
}
