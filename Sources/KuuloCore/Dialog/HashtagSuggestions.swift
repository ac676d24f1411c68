import Foundation

/// Hashtag candidates drawn from the plan, offered as the default answers of the hashtag flow.
public enum HashtagSuggestions {
    /// Candidates of `kind` (`brand-hashtags`, `campaign-hashtags`, `topic-hashtags`), written with `#`.
    public static func suggest(_ kind: String, content: JSONValue, year: Int) -> [String] {
        let organisation = content["organisation"]
        let ideas = (content["hashtags"]?["ideas"]?.stringArray ?? []) + (content["monitoring"]?["hashtags"]?.stringArray ?? [])
        let brand = brandTags(organisation)
        var result: [String]
        switch kind {
        case "brand-hashtags":
            result = brand
        case "campaign-hashtags":
            result = ideas.filter { $0.contains(where: \.isNumber) }
            let kindName = organisation?["kind"]?.stringValue ?? "student-union"
            if kindName.hasPrefix("student") { result.append("#Vappu\(year)") }
        case "topic-hashtags":
            let brandKeys = Set(brand.map { HashtagValidator.key(for: $0) })
            result = ideas.filter { !$0.contains(where: \.isNumber) && !brandKeys.contains(HashtagValidator.key(for: $0)) }
        default:
            result = []
        }
        var seen: Set<String> = []
        return result.filter { tag in
            guard case .valid = HashtagValidator().validate(tag) else { return false }
            return seen.insert(HashtagValidator.key(for: tag)).inserted
        }
    }

    /// The short name, and the full name written together with a capital at each word.
    static func brandTags(_ organisation: JSONValue?) -> [String] {
        var tags: [String] = []
        if let short = organisation?["shortName"]?.stringValue {
            let compact = short.filter { $0.isLetter || $0.isNumber }
            if !compact.isEmpty { tags.append("#" + compact) }
        }
        if let name = organisation?["name"]?.stringValue {
            let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            if !joined.isEmpty, joined.count <= HashtagValidator.defaultMaximumLength { tags.append("#" + joined) }
        }
        return tags
    }
}
