import Foundation

/// Whether an answer looks like a password, so that a step with `refuse: password` (account names,
/// recovery addresses) can refuse it: the plan is shared by the whole board and kept in git and synced
/// folders, and a secret must never go in it. Addresses, handles, links and phone numbers pass.
enum PasswordShape {
    /// Words that announce a secret in the languages Kuulo speaks and their neighbours.
    static let cueWords = ["password", "passwd", "salasana", "lösenord", "passord", "pw:", "pwd:", "pin:", "pin-koodi"]

    /// Whether `answer` names a password or has a token shaped like one: eight or more characters
    /// mixing at least three of lower case, upper case, digits and symbols, that is not an address,
    /// a handle, a link or a phone number.
    static func looksLikePassword(_ answer: String) -> Bool {
        let folded = answer.lowercased()
        if cueWords.contains(where: folded.contains) { return true }
        return answer.split(whereSeparator: \.isWhitespace).contains { token in
            let word = String(token).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]\"'"))
            guard word.count >= 8, !isAddressLike(word) else { return false }
            let classes = [word.contains(where: \.isLowercase), word.contains(where: \.isUppercase), word.contains(where: \.isNumber),
                           word.contains { !$0.isLetter && !$0.isNumber }]
            return classes.filter { $0 }.count >= 3
        }
    }

    /// An e-mail address, a handle, a link or a phone number.
    private static func isAddressLike(_ word: String) -> Bool {
        if word.hasPrefix("@") || word.contains("://") || word.lowercased().hasPrefix("www.") { return true }
        if let at = word.firstIndex(of: "@"), word[at...].contains(".") { return true }
        if word.allSatisfy({ $0.isNumber || "+-() ".contains($0) }) { return true }
        // A web address without its scheme: facebook.com/kyy, kyy.fi.
        let host = word.split(separator: "/").first.map(String.init) ?? word
        return host.contains(".") && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" } && host.last?.isLetter == true
    }
}
