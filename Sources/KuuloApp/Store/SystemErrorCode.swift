import Foundation
import KuuloCore

/// The system's reason a file operation failed (`errno`), kept as its number so that the reason
/// reaches the trustee in the chat's language: the common ones as Kuulo's own words, any other as a
/// general line with the number. `strerror`'s English text is only for logs.
public struct SystemErrorCode: Equatable, Sendable {
    /// The `errno` value.
    public let code: Int32

    /// Wraps an `errno` value.
    public init(_ code: Int32) {
        self.code = code
    }

    /// The reason of the failure that just happened.
    public static var last: SystemErrorCode { SystemErrorCode(errno) }

    /// The C library's description, in English.
    public var systemDescription: String { String(cString: strerror(code)) }

    /// The message that says the reason in words, when it is one of the common ones.
    var key: MessageKey? {
        switch code {
        case ENOENT, ENOTDIR: return .systemErrorNoFolder
        case EACCES, EPERM: return .systemErrorPermission
        case ENOSPC, EDQUOT: return .systemErrorDiskFull
        case EROFS: return .systemErrorReadOnly
        case ENAMETOOLONG: return .systemErrorNameTooLong
        case EISDIR: return .systemErrorIsFolder
        default: return nil
        }
    }

    /// The reason in `language`: our own words for the common ones, a general line with the code for the rest.
    public func text(_ messages: MessageCatalog, _ language: Language) -> String {
        guard let key else { return messages.text(.systemErrorOther, language, ["code": String(code)]) }
        return messages.text(key, language)
    }
}
