import Foundation

/// The words people use for dates and times, from `Prompts/dates.yaml`, every language's together (a
/// Finnish trustee may type "Fri 18:00" in a Finnish chat): weekday and month names, words for days
/// counted from today, "next", the word before a time, a.m./p.m., and number and month words from the
/// language packs.
public struct DateWords: Sendable {
    /// Where the words live.
    public static let path = "Prompts/dates.yaml"

    /// Weekday words: 1 = Monday … 7 = Sunday.
    var weekdays: [String: Int] = [:]
    /// Month words: 1 = January … 12.
    var months: [String: Int] = [:]
    /// Days from today (`huomenna` 1).
    var days: [String: Int] = [:]
    /// "The coming one, not today".
    var next: Set<String> = []
    /// "The latest one before today".
    var last: Set<String> = []
    /// Words before a time of day.
    var timeMarkers: Set<String> = []
    /// 12-hour clock words.
    var am: Set<String> = []
    /// 12-hour clock words.
    var pm: Set<String> = []
    /// Endings after a day number (`th`).
    var ordinals: [String] = []
    /// Words that carry nothing.
    var skip: Set<String> = []
    /// Number words (`kuusi`, `six`) and their values.
    var numbers: [String: Int] = [:]
    /// The time of day of a date given without one, in minutes after midnight.
    var defaultMinutes = 12 * 60

    /// No words: only digits are understood.
    public static let digitsOnly = DateWords()

    init() {}

    /// Reads the words in `data` (an organisation's own file first), with the number words of `packs`.
    public init(data: DataFiles, packs: LanguagePacks = .current) {
        let tree = data.tree(Self.path)
        if let text = tree?["defaultTime"]?.stringValue {
            let parts = text.split(separator: ":").compactMap { Int($0) }
            if parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) { defaultMinutes = parts[0] * 60 + parts[1] }
        }
        for (_, language) in tree?["languages"]?.objectValue ?? [:] {
            Self.index(language["weekdays"], into: &weekdays)
            Self.index(language["months"], into: &months)
            for (word, value) in language["days"]?.objectValue ?? [:] {
                if let count = value.intValue { days[word.lowercased()] = count }
            }
            next.formUnion(Self.words(language["next"]))
            last.formUnion(Self.words(language["last"]))
            timeMarkers.formUnion(Self.words(language["time"]))
            am.formUnion(Self.words(language["am"]))
            pm.formUnion(Self.words(language["pm"]))
            ordinals += Self.words(language["ordinals"])
            skip.formUnion(Self.words(language["skip"]))
        }
        for pack in packs.packs {
            for (value, words) in pack.numbers {
                for word in words where numbers[word.lowercased()] == nil { numbers[word.lowercased()] = value }
            }
            for (value, words) in pack.months {
                for word in words where months[word] == nil { months[word] = value }
            }
        }
    }

    /// A number written in digits or in words.
    func number(_ token: String) -> Int? {
        if let value = Int(token) { return value }
        return numbers[token]
    }

    /// The value of a day number with an ordinal ending (`8th`), or `nil`.
    func ordinal(_ token: String) -> Int? {
        for ending in ordinals where token.hasSuffix(ending) && token.count > ending.count {
            if let value = Int(token.dropLast(ending.count)) { return value }
        }
        return nil
    }

    private static func words(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap { $0.stringValue?.lowercased() }
    }

    /// `[[ma, maanantai], [ti, …]]` as word → 1-based position.
    private static func index(_ value: JSONValue?, into table: inout [String: Int]) {
        for (position, forms) in (value?.arrayValue ?? []).enumerated() {
            for word in words(forms) where table[word] == nil { table[word] = position + 1 }
        }
    }
}
