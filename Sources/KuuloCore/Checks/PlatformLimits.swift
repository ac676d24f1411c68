import Foundation

/// How a platform counts the length of a text.
public enum LengthCounting: String, Sendable {
    /// UTF-16 code units: a conservative upper bound for "characters".
    case utf16
    /// What a reader sees as one character.
    case graphemes
    /// X's rule: most scripts count 1, CJK and emoji 2, every link 23.
    case weighted
}

/// One platform limit, with where it was seen and when.
public struct PlatformLimit: Equatable, Sendable {
    /// Stable key, e.g. `text.length`, `hashtags.max`.
    public var key: String
    /// The figure.
    public var value: Int
    /// How lengths are counted for it.
    public var counting: LengthCounting
    /// Whether the figure is approximate.
    public var approximate: Bool
    /// Where it was seen.
    public var source: String
    /// When it was last checked (YYYY-MM-DD).
    public var verifiedOn: String
}

/// A platform and its limits, from `Knowledge/data/platform-limits.yaml`.
public struct Platform: Equatable, Sendable {
    /// Stable id (`instagram`).
    public var id: String
    /// Name per language.
    public var name: LocalizedText
    /// Its limits.
    public var limits: [PlatformLimit]

    /// The limit with `key`.
    public func limit(_ key: String) -> PlatformLimit? {
        limits.first { $0.key == key }
    }
}

/// Every platform Kuulo knows limits for.
public struct PlatformLimits: Sendable {
    /// The platforms in file order.
    public let platforms: [Platform]

    /// Reads the limits data file.
    public init(data: DataFiles) {
        var platforms: [Platform] = []
        for raw in data.tree("Knowledge/data/platform-limits.yaml")?["platforms"]?.arrayValue ?? [] {
            guard let id = raw["id"]?.stringValue else { continue }
            let limits = (raw["limits"]?.arrayValue ?? []).compactMap { limit -> PlatformLimit? in
                guard let key = limit["key"]?.stringValue, let value = limit["value"]?.intValue else { return nil }
                return PlatformLimit(key: key, value: value, counting: LengthCounting(rawValue: limit["counting"]?.stringValue ?? "") ?? .utf16,
                                     approximate: limit["approximate"]?.boolValue ?? false, source: limit["source"]?.stringValue ?? "",
                                     verifiedOn: limit["verifiedOn"]?.stringValue ?? "")
            }
            platforms.append(Platform(id: id, name: LocalizedText(json: raw["name"]) ?? LocalizedText([.en: id]), limits: limits))
        }
        self.platforms = platforms
    }

    /// The platform a channel name refers to: a platform id (`instagram`), or a channel id of the
    /// catalogue whose first part is one (`instagram-feed`, `facebook-page`).
    public func platform(for channel: String) -> Platform? {
        let key = channel.lowercased()
        if let exact = platforms.first(where: { $0.id == key }) { return exact }
        let head = key.split(separator: "-").first.map(String.init) ?? key
        return platforms.first { $0.id == head }
    }

    /// The ids of every known platform.
    public var ids: [String] { platforms.map(\.id) }
}

/// Lengths of a text the way platforms count them.
public enum TextLength {
    /// The length of `text` counted as `counting` says; `urls` are the code-point ranges of links.
    public static func count(_ text: String, as counting: LengthCounting, urls: [Range<Int>] = []) -> Int {
        switch counting {
        case .utf16: return text.utf16.count
        case .graphemes: return text.count
        case .weighted: return weighted(text, urls: urls)
        }
    }

    /// X's weighted count: code points in the Latin, general punctuation and similar ranges count 1,
    /// others 2, and every link 23 whatever its length.
    public static func weighted(_ text: String, urls: [Range<Int>]) -> Int {
        var total = 0
        var offset = 0
        var urlIndex = 0
        let sorted = urls.sorted { $0.lowerBound < $1.lowerBound }
        for scalar in text.unicodeScalars {
            if urlIndex < sorted.count, sorted[urlIndex].contains(offset) {
                if offset == sorted[urlIndex].lowerBound { total += 23 }
                if offset == sorted[urlIndex].upperBound - 1 { urlIndex += 1 }
                offset += 1
                continue
            }
            let value = scalar.value
            let light = value <= 4_351 || (8_192...8_205).contains(value) || (8_208...8_223).contains(value) || (8_242...8_247).contains(value)
            total += light ? 1 : 2
            offset += 1
        }
        return total
    }
}
