import KuuloCore

/// The chat's current language, shared between the runner, which updates it before every prompt,
/// and the line editor's Tab completion, which offers commands in it: after `/kieli en` Tab offers
/// `/channels`, not `/kanavat`.
public final class ChatLanguage {
    /// The language the chat speaks now.
    public var current: Language

    /// Starts in `language`.
    public init(_ language: Language) {
        current = language
    }
}
