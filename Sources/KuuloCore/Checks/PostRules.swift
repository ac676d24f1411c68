import Foundation

/// Rules about the post as a whole: `link.instagram-caption` (a link where it cannot be clicked) and
/// `signature.missing` (no trustee's signature where the plan asks posts to be signed).
public enum PostRules {
    /// Findings for `text` on `platforms`, given its links and the plan.
    public static func check(_ text: String, platforms: [Platform], urls: [TextEntity], plan: JSONValue?) -> [Finding] {
        var findings: [Finding] = []
        for platform in platforms where platform.limit("links.clickable")?.value == 0 {
            for url in urls {
                findings.append(Finding(rule: "link.instagram-caption", severity: .warning, start: url.start, end: url.end,
                                        message: "link.instagram-caption", arguments: ["url": url.text, "platform": platform.name.text(.en)]))
            }
        }
        if let plan, plan["signatures"] != nil {
            let signatures = (plan["trustees"]?.objectValue ?? [:]).values.compactMap { $0["signature"]?.stringValue }.filter { !$0.isEmpty }
            let names = (plan["trustees"]?.objectValue ?? [:]).values.compactMap { $0["name"]?.stringValue?.split(separator: " ").first.map(String.init) }
            let signed = signatures.contains { text.contains($0) } || names.contains { name in
                text.split(separator: "\n").suffix(3).contains { $0.contains(name) }
            }
            if !signatures.isEmpty, !signed {
                let end = text.unicodeScalars.count
                findings.append(Finding(rule: "signature.missing", severity: .warning, start: max(0, end - 1), end: end,
                                        message: "signature.missing", arguments: ["example": signatures.sorted().first ?? ""]))
            }
        }
        return findings
    }
}
