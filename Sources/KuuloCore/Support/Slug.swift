import Foundation

/// Turns names into stable keys: "Maija Meikäläinen" → "maija-meikalainen".
public enum Slug {
    /// A lower-case ASCII key of letters, digits and single hyphens; "x" when nothing is left.
    public static func make(_ text: String) -> String {
        // ASCII has no diacritics or wide forms: folding it only lowers the case, without Foundation
        // (whose first `folding` of a run costs ~0.6 M instructions of the chat's start).
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "x" : result
    }
}
