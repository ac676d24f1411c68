/// `text.invisible`: characters a reader cannot see that change what the post shows or does.
///
/// - Direction controls — the embeddings and overrides U+202A–202E and the isolates U+2066–2069 —
///   are **errors**: they reorder the text on the reader's screen, so a post can show something else
///   than the trustee wrote and checked (a reversed link, number or name), and a Finnish or English
///   post never needs them. The drafting flow approves no draft with an error, so they are removed
///   before anything is posted.
/// - Zero-width characters — space U+200B, non-joiner U+200C, joiner U+200D, word joiner U+2060 and
///   U+FEFF — are **warnings**: they often come with a paste and mostly do no harm, but they cut
///   hashtags and links short and hide words from search. A joiner inside an emoji sequence
///   (👩‍💻, 🏳️‍🌈) is how those emoji are written and is not flagged, nor is a byte-order mark at
///   the very start of the text.
///
/// Adjacent characters of one kind are one finding, so a long run costs one line of the report.
public enum InvisibleCharacterRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "text.invisible"
    /// An error (zero-width characters are warnings).
    public static let severity = Severity.error
    /// It looks at the text itself.
    public static let scope = RuleScope.text
    /// A direction control (`{code}`: the code points, `U+202E`).
    public static let directionMessage = "text.invisible.direction"
    /// A zero-width character (`{code}`).
    public static let zeroWidthMessage = "text.invisible.zero-width"

    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [directionMessage, zeroWidthMessage] }

    /// The kind of invisible character `scalar` is, if it is one.
    static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return .direction
        case 0x200B...0x200D, 0x2060, 0xFEFF: return .zeroWidth
        default: return nil
        }
    }

    /// What an invisible character does.
    enum Kind {
        /// It changes the direction of the text.
        case direction
        /// It takes no space.
        case zeroWidth
    }

    /// One finding per run of adjacent invisible characters of one kind.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var run: (kind: Kind, start: Int, end: Int, codes: [String])?
        func close() {
            guard let open = run else { return }
            let direction = open.kind == .direction
            findings.append(Finding(rule: id, severity: direction ? .error : .warning, start: open.start, end: open.end,
                                    message: direction ? directionMessage : zeroWidthMessage,
                                    arguments: ["code": open.codes.joined(separator: ", ")]))
            run = nil
        }
        var offset = 0
        for character in text.text {
            let scalars = Array(character.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                defer { offset += 1 }
                // A joiner that joins the next code point into its character is part of an emoji
                // sequence (the grapheme rules join only those); a mark at offset 0 is a byte-order mark.
                let joinsEmoji = scalar.value == 0x200D && index + 1 < scalars.count
                guard let kind = kind(of: scalar), !joinsEmoji, !(offset == 0 && scalar.value == 0xFEFF) else {
                    close()
                    continue
                }
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
                if let open = run, open.kind == kind, open.end == offset {
                    run?.end = offset + 1
                    if !open.codes.contains(code) { run?.codes.append(code) }
                } else {
                    close()
                    run = (kind, offset, offset + 1, [code])
                }
            }
        }
        close()
        return findings
    }
}
