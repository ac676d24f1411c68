/// Text made safe to show on a terminal: characters a terminal would *act on* instead of showing are
/// replaced by a visible stand-in, so that text typed by someone, read from a file or stored in the
/// shared plan can never clear the screen, set the window title, write the clipboard, hide text or
/// reorder a line.
///
/// What is replaced, and by what:
/// - C0 controls except newline and tab (so ESC, BEL, a lone carriage return, NUL …) and DEL become
///   their Unicode control pictures (`␛`, `␇`, `␍`, `␀`, `␡`): one printable character for one control
///   character, so columns and the carets under check findings stay where they were, and the picture
///   itself reads "ESC", "BEL" in the terminal's font. An escape sequence is defused by its ESC alone;
///   the rest of it (`[2J`) is ordinary text and is shown as it is.
/// - C1 controls (U+0080–U+009F, e.g. the one-byte CSI U+009B) and the bidirectional embeddings,
///   overrides and isolates (U+202A–U+202E, U+2066–U+2069) have no picture, so they are written as
///   `<U+202E>`: plain ASCII that every terminal and font can show and that a reader can look up.
/// - A carriage return directly before a newline is a line ending, not an overwrite, and is kept.
///
/// Everything else passes unchanged: letters with diacritics (ä, ö, å), combining marks, emoji with
/// zero-width joiners and variation selectors, other scripts. Kuulo's own styling is added *after*
/// this, around the safe text, so its colours keep working.
public enum TerminalSafeText {
    /// `text` with every character a terminal would act on shown visibly instead.
    public static func make(_ text: String) -> String {
        guard needsChange(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                result.append(scalar)
            } else if let shown = visible(scalar) {
                result.append(contentsOf: shown.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds a character that `make` would replace. Reads the UTF-8 bytes, because
    /// almost every text is clean and whole JSON documents pass through here: C0 and DEL are single
    /// bytes, C1 is C2 80–9F, the bidirectional controls are E2 80 AA–AE and E2 81 A6–A9.
    public static func needsChange(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        while let byte = bytes.next() {
            if previous == 0x0D, byte != 0x0A { return true }
            switch byte {
            case 0x0A, 0x09, 0x0D: break
            case 0x00..<0x20, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return previous == 0x0D
    }

    /// The visible stand-in of one character, or nil when it is shown as it is. A carriage return
    /// gets its picture here; `make` keeps one that ends a line.
    public static func visible(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A, 0x09:
            return nil
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value).map { String(Character($0)) }
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            return codePoint(scalar)
        default:
            return nil
        }
    }

    /// `<U+XXXX>`, with at least four upper-case hex digits.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
