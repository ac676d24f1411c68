import Foundation

/// A name as one line: organisation, trustee and channel names are shown inside sentences, lists
/// and headings, where a line break in one would start a line of its own (a made-up message under
/// Kuulo's name). Line breaks (LF, CR, VT, FF, NEL, the Unicode line and paragraph separators) and
/// tabs become a space, runs of spaces one space, and the ends are trimmed. Other control characters
/// are left alone: `TerminalSafeText` shows them visibly on output, and the plan keeps them exact.
/// Used when a name is typed and again when one read from the plan file (which anyone sharing it can
/// edit) is shown; other texts keep their line breaks.
public enum OneLineText {
    /// `text` on one line, without control characters.
    public static func make(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsSpace) || text.contains("  ") || text.first == " " || text.last == " " else { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if needsSpace(scalar) || scalar == " " {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether a scalar breaks a line (or is a tab).
    static func needsSpace(_ scalar: Unicode.Scalar) -> Bool {
        (0x09...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
