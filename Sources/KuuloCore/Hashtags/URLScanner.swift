/// Finds links in text: `http://` and `https://` URLs, `www.` addresses and bare domains on a
/// known top-level domain (`tyy.fi`, `example.com/path`). Modelled on twitter-text, simplified.
///
/// - A link does not start right after a character that can be part of a hashtag (a letter, digit or
///   mark of any script, `_`, joiners), `@`, `$`, `#` or their full-width forms, so a link never
///   starts inside a word or a hashtag (twitter-text allows a CJK letter there); a link without a
///   scheme does not start after `-`, `.` or `/` either.
/// - The host is dot-separated labels of letters, digits, marks, `-` and `_`; a label neither starts
///   nor ends with `-` or `_`. A port (`:8080`) may follow.
/// - A path, query or fragment (starting with `/`, `?` or `#`) runs to whitespace or a quote/angle bracket.
/// - Trailing `.,:;!?'` and unbalanced closing brackets are not part of the link.
struct URLScanner: Sendable {
    /// Lower-case top-level domains that make a bare domain (`tyy.fi`) a link.
    let bareDomainTopLevelDomains: Set<String>

    /// All links in `scalars`, in order.
    func scan(_ scalars: [Unicode.Scalar]) -> [TextEntity] {
        var result: [TextEntity] = []
        var index = 0
        while index < scalars.count {
            if let end = match(scalars, at: index) {
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                result.append(TextEntity(kind: .url, text: text, start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The end of a link starting at `start`, if one does.
    private func match(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard Self.isLabelCharacter(scalars[start]) else { return nil }
        let previous: Unicode.Scalar? = start > 0 ? scalars[start - 1] : nil
        if let previous, Self.blocksAnyLink(previous) { return nil }

        if let hostStart = Self.schemeEnd(scalars, at: start) {
            guard let host = Self.host(scalars, from: hostStart), Self.isValidSchemeHost(host.labels) else {
                return nil
            }
            return Self.finish(scalars, linkStart: start, hostEnd: host.end)
        }

        if let previous, Self.blocksLinkWithoutScheme(previous) { return nil }
        // Without a scheme a link has two labels or more: a word not followed by `.` and a label
        // character is none, and its label need not be built to say so.
        var firstLabelEnd = start
        while firstLabelEnd < scalars.count, Self.isLabelCharacter(scalars[firstLabelEnd]) { firstLabelEnd += 1 }
        guard firstLabelEnd + 1 < scalars.count, scalars[firstLabelEnd] == ".", Self.isLabelCharacter(scalars[firstLabelEnd + 1]) else { return nil }
        guard let host = Self.host(scalars, from: start) else { return nil }
        let labels = host.labels.map { $0.lowercased() }
        let hasWWW = labels.first == "www"
        if hasWWW {
            guard labels.count >= 3, Self.isValidTopLevelDomain(host.labels[host.labels.count - 1]) else { return nil }
        } else {
            guard labels.count >= 2, let tld = labels.last, bareDomainTopLevelDomains.contains(tld) else { return nil }
        }
        // `john.doe.fi@mail.com` is an e-mail address, not a link.
        if host.end < scalars.count, HashtagCharacterClass.isAtSign(scalars[host.end]) { return nil }
        return Self.finish(scalars, linkStart: start, hostEnd: host.end)
    }

    // MARK: - Pieces

    /// After `http://` or `https://` (any case) at `start`, the index where the host begins.
    private static func schemeEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        // Only `h` and `H` are `h` in lower case: every other word is done with at once.
        guard scalars[start] == "h" || scalars[start] == "H" else { return nil }
        for scheme in ["https://", "http://"] {
            let pattern = Array(scheme.unicodeScalars)
            guard start + pattern.count <= scalars.count else { continue }
            let candidate = scalars[start..<(start + pattern.count)]
            let matches = zip(candidate, pattern).allSatisfy { pair in
                String(pair.0).lowercased() == String(pair.1)
            }
            if matches { return start + pattern.count }
        }
        return nil
    }

    /// The dot-separated host starting at `start`: its labels and the index after it.
    private static func host(_ scalars: [Unicode.Scalar], from start: Int) -> (labels: [String], end: Int)? {
        var labels: [String] = []
        var index = start
        while true {
            let labelStart = index
            while index < scalars.count, isLabelCharacter(scalars[index]) { index += 1 }
            guard index > labelStart else { return nil }
            let label = Array(scalars[labelStart..<index])
            guard let first = label.first, let last = label.last,
                  !isLabelEdgeForbidden(first), !isLabelEdgeForbidden(last) else { return nil }
            labels.append(String(String.UnicodeScalarView(label)))
            if index + 1 < scalars.count, scalars[index] == ".", isLabelCharacter(scalars[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return (labels, index)
    }

    /// Port, path, query and fragment after the host; trailing punctuation trimmed.
    private static func finish(_ scalars: [Unicode.Scalar], linkStart: Int, hostEnd: Int) -> Int {
        var index = hostEnd
        // Port: `:` and 1–5 digits not followed by a letter (`tyy.fi:stä` is Finnish inflection).
        if index < scalars.count, scalars[index] == ":" {
            var digitsEnd = index + 1
            while digitsEnd < scalars.count, ("0"..."9").contains(scalars[digitsEnd]) { digitsEnd += 1 }
            let digitCount = digitsEnd - index - 1
            let followedByWordCharacter = digitsEnd < scalars.count && isLabelCharacter(scalars[digitsEnd])
            if (1...5).contains(digitCount), !followedByWordCharacter { index = digitsEnd }
        }
        guard index < scalars.count, ["/", "?", "#"].contains(scalars[index]) else { return index }
        var end = index
        while end < scalars.count, !endsPath(scalars[end]) { end += 1 }
        return trimTrailing(scalars, linkStart: linkStart, minimumEnd: index, end: end)
    }

    /// Drops trailing punctuation and unbalanced closing brackets. The brackets are counted once and
    /// the counts kept as the end moves back, so a link ending in many `)` costs no more than its length.
    private static func trimTrailing(_ scalars: [Unicode.Scalar], linkStart: Int, minimumEnd: Int, end: Int) -> Int {
        var end = end
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "["]
        var brackets: [Unicode.Scalar: Int] = [:]
        for scalar in scalars[linkStart..<end] where "()[]".unicodeScalars.contains(scalar) { brackets[scalar, default: 0] += 1 }
        while end > minimumEnd {
            let last = scalars[end - 1]
            if [".", ",", ":", ";", "!", "?", "'"].contains(last) {
                end -= 1
            } else if let opening = pairs[last] {
                // The link before this bracket: its openings, and its closings but this one.
                if brackets[opening, default: 0] > brackets[last, default: 0] - 1 { break }
                brackets[last, default: 0] -= 1
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    // MARK: - Character classes

    private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        HashtagCharacterClass.isLetter(scalar) || HashtagCharacterClass.isMark(scalar)
            || HashtagCharacterClass.isDecimalDigit(scalar) || scalar == "-" || scalar == "_"
    }

    private static func isLabelEdgeForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_"
    }

    private static func blocksAnyLink(_ scalar: Unicode.Scalar) -> Bool {
        HashtagCharacterClass.isHashtagAlphanumeric(scalar) || HashtagCharacterClass.isAtSign(scalar)
            || HashtagCharacterClass.isHashSign(scalar) || scalar == "$" || scalar.value == 0xFF04
            || (0x202A...0x202E).contains(scalar.value)
    }

    private static func blocksLinkWithoutScheme(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar == "." || scalar == "/"
    }

    private static func endsPath(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        if scalar.properties.generalCategory == .control { return true }
        return ["<", ">", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"].contains(scalar)
    }

    /// A top-level domain after a scheme or `www.`: two or more letters, or punycode `xn--…`.
    private static func isValidTopLevelDomain(_ label: String) -> Bool {
        let lower = label.lowercased()
        if lower.hasPrefix("xn--"), lower.count > 4 { return true }
        return label.unicodeScalars.count >= 2 && label.unicodeScalars.allSatisfy(HashtagCharacterClass.isLetter)
    }

    private static func isValidSchemeHost(_ labels: [String]) -> Bool {
        guard labels.count >= 2, let last = labels.last else { return false }
        if isValidTopLevelDomain(last) { return true }
        // IPv4 address.
        return labels.count == 4 && labels.allSatisfy { label in
            label.unicodeScalars.count <= 3 && label.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}
