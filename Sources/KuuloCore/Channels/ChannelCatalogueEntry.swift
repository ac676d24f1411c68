import Foundation

/// How much volunteer time keeping a channel alive takes.
public enum ChannelEffort: String, Sendable, CaseIterable {
    /// A few minutes a week.
    case low
    /// Regular work every week.
    case medium
    /// Steady production (video, moderation, events).
    case high
}

/// A list of texts per language, as the catalogue gives content types, audiences and metrics.
public struct LocalizedList: Equatable, Sendable {
    /// The items per language.
    public var values: [Language: [String]]

    /// Creates a list from per-language values.
    public init(_ values: [Language: [String]]) {
        self.values = values
    }

    /// Reads `{fi: [..], en: [..]}` or one list for every language; empty when neither.
    public init(json: JSONValue?) {
        if let items = json?.stringArray {
            values = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, items) })
            return
        }
        var values: [Language: [String]] = [:]
        for (key, value) in json?.objectValue ?? [:] {
            if let language = Language(rawValue: key), let items = value.stringArray { values[language] = items }
        }
        self.values = values
    }

    /// The items in `language`, else English, else none.
    public func items(_ language: Language) -> [String] {
        values[language] ?? values[.en] ?? []
    }
}

/// Suggested posting rhythm: posts a week (or a month, for a monthly newsletter), from `min` to `max`.
public struct ChannelCadence: Equatable, Sendable {
    /// Fewest posts a period (0 = only when there is something to say).
    public var min: Int
    /// Most posts a period.
    public var max: Int
    /// The period counted in.
    public var period: CadencePeriod

    /// Creates a cadence; `max` is raised to `min` when smaller.
    public init(min: Int, max: Int, period: CadencePeriod = .week) {
        self.min = Swift.max(0, min)
        self.max = Swift.max(self.min, max)
        self.period = period
    }
}

/// The period a posting rhythm counts in (`channels.<id>.cadence.per`).
public enum CadencePeriod: String, Equatable, Sendable {
    /// Posts a week.
    case week
    /// Posts a month.
    case month
}

/// What the catalogue suggests for a channel of a student union; the trustee may write their own.
public struct ChannelDefaults: Equatable, Sendable {
    /// Why the organisation is there.
    public var purpose: LocalizedText?
    /// Whom it reaches.
    public var audiences: LocalizedList
    /// What is posted.
    public var contentTypes: LocalizedList
    /// The voice.
    public var tone: LocalizedText?
    /// Posts a week.
    public var cadence: ChannelCadence?
    /// Response-time target (`same-day`, `1-day`, `2-working-days`, `1-week`); `nil` where nobody answers.
    public var responseTime: String?
    /// What is followed to see whether the channel works.
    public var metrics: LocalizedList
}

/// One channel of the catalogue (`Knowledge/data/channels.yaml`).
public struct ChannelCatalogueEntry: Equatable, Sendable {
    /// Stable id, stored in the plan as a channel's `kind` (`instagram-feed`).
    public var id: String
    /// The platform whose limits apply (`instagram`), or `nil` for the website, newsletter and the like.
    public var platform: String?
    /// Whether this is a social media channel; `false` for channels that reach members who are not on social media.
    public var social: Bool
    /// How much work the channel takes.
    public var effort: ChannelEffort?
    /// Other words a trustee may type for it.
    public var aliases: [String]
    /// Name per language.
    public var name: LocalizedText
    /// Who is there, what works there and the effort, per language.
    public var profile: LocalizedText
    /// Platform limits with source and verification date.
    public var limits: [PlatformLimit]
    /// Suggestions for a student union.
    public var defaults: ChannelDefaults

    /// Reads one entry; `nil` without an id.
    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, !id.isEmpty else { return nil }
        self.id = id
        self.platform = json["platform"]?.stringValue
        self.social = json["social"]?.boolValue ?? true
        self.effort = json["effort"]?.stringValue.flatMap(ChannelEffort.init(rawValue:))
        self.aliases = json["aliases"]?.stringArray ?? []
        self.name = LocalizedText(json: json["name"]) ?? LocalizedText([.en: id])
        self.profile = LocalizedText(json: json["profile"]) ?? LocalizedText([.en: ""])
        self.limits = (json["limits"]?.arrayValue ?? []).compactMap(Self.limit)
        let defaults = json["defaults"]
        var cadence: ChannelCadence?
        if let min = defaults?["cadence"]?["min"]?.intValue, let max = defaults?["cadence"]?["max"]?.intValue {
            let period = defaults?["cadence"]?["per"]?.stringValue.flatMap(CadencePeriod.init(rawValue:)) ?? .week
            cadence = ChannelCadence(min: min, max: max, period: period)
        }
        self.defaults = ChannelDefaults(
            purpose: LocalizedText(json: defaults?["purpose"]),
            audiences: LocalizedList(json: defaults?["audiences"]),
            contentTypes: LocalizedList(json: defaults?["contentTypes"]),
            tone: LocalizedText(json: defaults?["tone"]),
            cadence: cadence,
            responseTime: defaults?["responseTime"]?.stringValue,
            metrics: LocalizedList(json: defaults?["metrics"])
        )
    }

    /// The limit with `key` (`text.length`, `hashtags.max` …).
    public func limit(_ key: String) -> PlatformLimit? {
        limits.first { $0.key == key }
    }

    private static func limit(_ raw: JSONValue) -> PlatformLimit? {
        guard let key = raw["key"]?.stringValue, let value = raw["value"]?.intValue else { return nil }
        return PlatformLimit(key: key, value: value,
                             counting: LengthCounting(rawValue: raw["counting"]?.stringValue ?? "") ?? .utf16,
                             approximate: raw["approximate"]?.boolValue ?? false,
                             source: raw["source"]?.stringValue ?? "", verifiedOn: raw["verifiedOn"]?.stringValue ?? "")
    }
}
