import Foundation

/// Reads a local date and time as people type them, relative to the time now on the plan's clock:
/// `2026-12-01 18:00`, `1.12.2026 klo 18`, `8.12. klo 12`, `8.12.`, `huomenna klo 12`,
/// `ensi perjantaina 18`, `pe 18.00`, `tomorrow 6pm`, `Fri 18:00`, `Dec 8 at six`. The words come from
/// `DateWords` (`Prompts/dates.yaml` and the language packs' number words).
///
/// What it decides:
/// - a date without a year is the next time that date comes (today included);
/// - a weekday alone is the next such day, today included while the time is still ahead; after a
///   "next" word (`ensi`, `next`) it is never today;
/// - a time alone is today while it is still ahead, else tomorrow; a date alone is at
///   `DateWords.defaultMinutes` (noon);
/// - a weekday and a date that disagree, an unknown word, or an impossible date or time is no answer.
public enum LocalDateTimeText {
    /// A date with its year, and a time (`2026-12-01 18:00`, `1.12.2026 18.00`, `1.12.2026 klo 18`),
    /// as `YYYY-MM-DDTHH:MM`, or `nil`: for `kuulo check --at`, where no "now" is at hand.
    public static func parse(_ text: String, words: DateWords = .digitsOnly) -> String? {
        let far = LocalDateTime(date: CivilDate(dayNumber: 0), hour: 0, minute: 0)
        guard let far, hasYear(text), let value = understand(text, now: far, words: words) else { return nil }
        return value.isoMinutes
    }

    /// `text` read against `input`'s time now, as `YYYY-MM-DDTHH:MM`, or `nil`.
    public static func parse(_ text: String, input: DateInput) -> String? {
        understand(text, now: input.now, words: input.words)?.isoMinutes
    }

    /// `text` read against `now` (the plan's wall clock), or `nil` when it is not a date and time.
    static func understand(_ text: String, now: LocalDateTime, words: DateWords) -> LocalDateTime? {
        reading(text, words: words)?.resolve(now: now, defaultMinutes: words.defaultMinutes)
    }

    /// `text` read as a day against `input`'s today, as `YYYY-MM-DD`, or `nil` when it names no one day
    /// ("viime viikolla", "last week", a time alone). With `past` (a day that has been: the board's
    /// approval), a weekday or a date without its year is the latest such day up to today; otherwise the
    /// next, as for a time. `eilen`, `yesterday` and "last Friday" (the latest before today) read either way.
    public static func parseDate(_ text: String, input: DateInput, past: Bool) -> String? {
        reading(text, words: input.words)?.resolveDay(today: input.now.date, past: past)?.iso
    }

    /// What the words of `text` say, or `nil` when a word is not part of a date or time.
    private static func reading(_ text: String, words: DateWords) -> Reading? {
        var reading = Reading()
        let tokens = tokenize(text, words: words)
        guard !tokens.isEmpty else { return nil }
        for (index, token) in tokens.enumerated() {
            guard reading.take(token, following: tokens.dropFirst(index + 1), words: words) else { return nil }
        }
        return reading
    }

    private static func hasYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
    }

    /// Lower case, commas as spaces, `2026-12-01T18:00` as two tokens, and `6pm` as `6 pm`.
    static func tokenize(_ text: String, words: DateWords) -> [String] {
        let cleaned = text.lowercased().replacingOccurrences(of: ",", with: " ")
        var tokens: [String] = []
        for raw in cleaned.split(whereSeparator: \.isWhitespace).map(String.init) {
            if raw.contains("-"), let t = raw.firstIndex(of: "t"), raw[..<t].allSatisfy({ $0.isNumber || $0 == "-" }) {
                tokens.append(String(raw[..<t]))
                tokens.append(String(raw[raw.index(after: t)...]))
                continue
            }
            if let marker = (words.am.union(words.pm)).sorted(by: { $0.count > $1.count }).first(where: { raw.hasSuffix($0) && raw.count > $0.count }),
               raw.dropLast(marker.count).allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) {
                tokens.append(String(raw.dropLast(marker.count)))
                tokens.append(marker)
                continue
            }
            tokens.append(raw)
        }
        return tokens.filter { !$0.isEmpty }
    }

    /// What the tokens so far have said.
    struct Reading {
        var day: Int?
        var month: Int?
        var year: Int?
        var daysFromToday: Int?
        var weekday: Int?
        var skipToday = false
        /// A "last" word: the latest such day before today.
        var previous = false
        var hour: Int?
        var minute = 0
        var expectsTime = false
        var meridiem: Bool?

        /// Takes one token; `false` when it cannot be part of a date and time.
        mutating func take(_ token: String, following: ArraySlice<String>, words: DateWords) -> Bool {
            if words.skip.contains(token) { return true }
            if words.timeMarkers.contains(token) { expectsTime = true; return true }
            if words.next.contains(token) { skipToday = true; return true }
            if words.last.contains(token) { previous = true; return true }
            if words.am.contains(token) || words.pm.contains(token) {
                guard hour != nil, meridiem == nil else { return false }
                meridiem = words.pm.contains(token)
                return true
            }
            if let count = words.days[token] { return set(&daysFromToday, count) }
            if let number = words.weekdays[token] { return set(&weekday, number) }
            if let number = words.months[token.trimmingCharacters(in: CharacterSet(charactersIn: "."))] { return set(&month, number) }
            if token.contains("-") { return takeISODate(token) }
            let pieces = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if token.contains(":") || (pieces.count == 2 && !pieces[1].isEmpty && !looksLikeDate(pieces, following: following, words: words)) {
                return takeTime(token)
            }
            if pieces.count >= 2 { return takeDottedDate(pieces) }
            if let value = words.ordinal(token) { return set(&day, value) }
            guard let value = words.number(token) else { return false }
            return takeNumber(value, digits: token.count, following: following, words: words)
        }

        /// `8.12` is a date when no date is known yet, nothing marks it as a time and a time follows.
        private func looksLikeDate(_ pieces: [String], following: ArraySlice<String>, words: DateWords) -> Bool {
            guard !expectsTime, day == nil, weekday == nil, daysFromToday == nil, let first = following.first else { return false }
            return words.timeMarkers.contains(first) || first.contains(":") || first.contains(".") || words.number(first) != nil
        }

        private mutating func takeISODate(_ token: String) -> Bool {
            let parts = token.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return false }
            return set(&year, parts[0]) && set(&month, parts[1]) && set(&day, parts[2])
        }

        /// `8.12.`, `8.12.2026`, `8.` (before a month word), `8.12` (a date, see `looksLikeDate`).
        private mutating func takeDottedDate(_ pieces: [String]) -> Bool {
            let numbers = pieces.filter { !$0.isEmpty }.map { Int($0) }
            guard !numbers.contains(nil), let first = numbers.first ?? nil, numbers.count <= 3 else { return false }
            guard set(&day, first) else { return false }
            if numbers.count >= 2, let value = numbers[1] { guard set(&month, value) else { return false } }
            if numbers.count == 3, let value = numbers[2] { guard set(&year, value < 100 ? 2000 + value : value) else { return false } }
            return true
        }

        /// `18:00`, `18.00`, `6:30`.
        private mutating func takeTime(_ token: String) -> Bool {
            let parts = token.split(whereSeparator: { $0 == ":" || $0 == "." }).map { Int($0) }
            guard hour == nil, parts.count == 2, let value = parts[0], let minutes = parts[1], token.last?.isNumber == true else { return false }
            hour = value
            minute = minutes
            expectsTime = false
            return true
        }

        /// A bare number: a year, a day (before or after a month word), else an hour.
        private mutating func takeNumber(_ value: Int, digits: Int, following: ArraySlice<String>, words: DateWords) -> Bool {
            if digits == 4 { return set(&year, value) }
            let monthFollows = following.first.map { words.months[$0.trimmingCharacters(in: CharacterSet(charactersIn: "."))] != nil } ?? false
            if !expectsTime, day == nil, monthFollows || (month != nil && hour == nil && !(weekday != nil || daysFromToday != nil)) {
                return set(&day, value)
            }
            guard hour == nil else { return false }
            hour = value
            expectsTime = false
            return true
        }

        private func set(_ slot: inout Int?, _ value: Int) -> Bool {
            guard slot == nil else { return false }
            slot = value
            return true
        }

        /// The date and time the reading names, against `now`.
        func resolve(now: LocalDateTime, defaultMinutes: Int) -> LocalDateTime? {
            guard !previous else { return nil }
            var hour24 = hour
            if let pm = meridiem, let value = hour {
                guard (1...12).contains(value) else { return nil }
                hour24 = value % 12 + (pm ? 12 : 0)
            }
            guard day != nil || month != nil || year != nil || daysFromToday != nil || weekday != nil || hour24 != nil else { return nil }
            if !(day != nil || month != nil || year != nil || weekday != nil), skipToday { return nil }
            let minutes = hour24.map { $0 * 60 + minute } ?? defaultMinutes
            guard hour24.map({ (0...23).contains($0) }) ?? true, (0...59).contains(minute) else { return nil }
            let (hourOfDay, minuteOfHour) = (minutes / 60, minutes % 60)
            let stillAhead = { (date: CivilDate) -> Bool in
                date > now.date || (date == now.date && minutes > now.hour * 60 + now.minute)
            }
            var date: CivilDate?
            if day != nil || month != nil || year != nil {
                guard let day, let month, daysFromToday == nil else { return nil }
                if let year {
                    guard (2000...2100).contains(year) else { return nil }
                    date = CivilDate(year: year, month: month, day: day)
                } else if let this = CivilDate(year: now.date.year, month: month, day: day), this >= now.date {
                    date = this
                } else {
                    date = CivilDate(year: now.date.year + 1, month: month, day: day)
                }
                guard let found = date, weekday.map({ $0 == found.weekday }) ?? true else { return nil }
            } else if let count = daysFromToday {
                guard weekday == nil else { return nil }
                date = now.date.adding(days: count)
            } else if let weekday {
                let start = skipToday ? now.date.adding(days: 1) : now.date
                date = start.first(within: 14) { $0.weekday == weekday && (skipToday || stillAhead($0)) }
            } else {
                date = stillAhead(now.date) ? now.date : now.date.adding(days: 1)
            }
            guard let date else { return nil }
            return LocalDateTime(date: date, hour: hourOfDay, minute: minuteOfHour)
        }

        /// The day the reading names against `today` (a time of day in it is left out), or `nil` when it
        /// names none: see `parseDate`.
        func resolveDay(today: CivilDate, past: Bool) -> CivilDate? {
            guard !(previous && skipToday) else { return nil }
            if day != nil || month != nil || year != nil {
                guard let day, let month, daysFromToday == nil, !previous, !skipToday else { return nil }
                var found: CivilDate?
                if let year {
                    guard (2000...2100).contains(year) else { return nil }
                    found = CivilDate(year: year, month: month, day: day)
                } else if let this = CivilDate(year: today.year, month: month, day: day) {
                    if past { found = this <= today ? this : CivilDate(year: today.year - 1, month: month, day: day) }
                    else { found = this >= today ? this : CivilDate(year: today.year + 1, month: month, day: day) }
                }
                guard let found, weekday.map({ $0 == found.weekday }) ?? true else { return nil }
                return found
            }
            if let count = daysFromToday {
                guard weekday == nil, !previous, !skipToday else { return nil }
                return today.adding(days: count)
            }
            guard let weekday else { return nil }
            if previous || (past && !skipToday) {
                let start = previous ? today.adding(days: -1) : today
                return (0..<7).lazy.map { start.adding(days: -$0) }.first { $0.weekday == weekday }
            }
            return (skipToday ? today.adding(days: 1) : today).first(within: 14) { $0.weekday == weekday }
        }
    }
}

extension LocalDateTime {
    /// `2026-12-01T18:00`, as the plan stores `scheduledAt`.
    var isoMinutes: String {
        date.iso + String(format: "T%02d:%02d", hour, minute)
    }
}
