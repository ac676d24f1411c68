/// Finds @mentions, twitter-text-like with Instagram's dots.
///
/// - `@` or `＠` not right after a Latin letter or digit, `_`, `!`, `#`, `$`, `%`, `&`, `*` or another `@`
///   (so e-mail addresses are not mentions; a CJK letter before `@` is fine, as in twitter-text).
/// - The handle is `[A-Za-z0-9_]` runs joined by single dots (`@tyy.fi`); a trailing dot is not part
///   of it. A handle longer than `maximumLength` is not a mention.
/// - A candidate directly followed by `@`, an accented Latin letter, a combining mark or `://` is
///   dropped whole (`@aliceìnheiro` is no mention of `@alice`).
struct MentionScanner: Sendable {
    /// The longest handle accepted (Instagram allows 30 characters).
    let maximumLength: Int

    /// All mentions in `scalars`, in order.
    func scan(_ scalars: [Unicode.Scalar]) -> [TextEntity] {
        var result: [TextEntity] = []
        var index = 0
        while index < scalars.count {
            guard HashtagCharacterClass.isAtSign(scalars[index]),
                  index == 0 || !Self.blocksMention(scalars[index - 1]) else {
                index += 1
                continue
            }
            let bodyStart = index + 1
            var end = bodyStart
            while true {
                let runStart = end
                while end < scalars.count, HashtagCharacterClass.isHandleCharacter(scalars[end]) { end += 1 }
                if end == runStart { break }
                if end + 1 < scalars.count, scalars[end] == ".",
                   HashtagCharacterClass.isHandleCharacter(scalars[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            let length = end - bodyStart
            if length > 0, length <= maximumLength, !Self.endsBadly(scalars, at: end) {
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                result.append(TextEntity(kind: .mention, text: text, start: index, end: end))
            }
            index = max(end, index + 1)
        }
        return result
    }

    private static func blocksMention(_ scalar: Unicode.Scalar) -> Bool {
        if HashtagCharacterClass.isHandleCharacter(scalar) { return true }
        if HashtagCharacterClass.isAtSign(scalar) { return true }
        if ["!", "#", "$", "%", "&", "*"].contains(scalar) { return true }
        // Latin letters and digits with diacritics (`jää@tyy.fi` is an address).
        return scalar.value < 0x0250
            && (HashtagCharacterClass.isLetter(scalar) || HashtagCharacterClass.isDecimalDigit(scalar))
    }

    private static func endsBadly(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
        guard end < scalars.count else { return false }
        let next = scalars[end]
        if HashtagCharacterClass.isAtSign(next) { return true }
        if HashtagCharacterClass.isMark(next) { return true }
        if (0x00C0..<0x0250).contains(next.value), HashtagCharacterClass.isLetter(next) { return true }
        return end + 2 < scalars.count && next == ":" && scalars[end + 1] == "/" && scalars[end + 2] == "/"
    }
}
