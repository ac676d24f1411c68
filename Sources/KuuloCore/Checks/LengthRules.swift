import Foundation

/// `length.limit` (over a platform's maximum) and `length.fold` (where Facebook hides the rest behind
/// "See more").
public enum LengthRules {
    /// Length findings for `text` on `platforms`; `urls` are the links' code-point ranges.
    public static func check(_ text: String, platforms: [Platform], urls: [Range<Int>]) -> [Finding] {
        var findings: [Finding] = []
        let scalarCount = text.unicodeScalars.count
        for platform in platforms {
            let name = platform.name.text(.en)
            if let limit = platform.limit("text.length") {
                let length = TextLength.count(text, as: limit.counting, urls: urls)
                if length > limit.value {
                    let start = offset(ofLength: limit.value, in: text, counting: limit.counting, urls: urls)
                    findings.append(Finding(rule: "length.limit", severity: .error, start: start, end: scalarCount, message: "length.limit",
                                            arguments: ["platform": name, "length": String(length), "max": String(limit.value),
                                                        "counting": limit.counting.rawValue, "verifiedOn": limit.verifiedOn]))
                }
            }
            if let fold = platform.limit("text.fold.mobile"), text.count > fold.value {
                let start = offset(ofLength: fold.value, in: text, counting: .graphemes, urls: urls)
                findings.append(Finding(rule: "length.fold", severity: .info, start: start, end: min(scalarCount, start + 1), message: "length.fold",
                                        arguments: ["platform": name, "fold": String(fold.value), "desktop": String(platform.limit("text.fold.desktop")?.value ?? fold.value)]))
            }
        }
        return findings
    }

    /// The code-point offset where the text passes `length` as counted.
    static func offset(ofLength length: Int, in text: String, counting: LengthCounting, urls: [Range<Int>]) -> Int {
        var total = 0
        var offset = 0
        for character in text {
            switch counting {
            case .utf16: total += character.utf16.count
            case .graphemes: total += 1
            case .weighted:
                let inLink = urls.contains { $0.contains(offset) }
                total += inLink ? (urls.contains { $0.lowerBound == offset } ? 23 : 0) : TextLength.weighted(String(character), urls: [])
            }
            if total > length { return offset }
            offset += character.unicodeScalars.count
        }
        return offset
    }
}
