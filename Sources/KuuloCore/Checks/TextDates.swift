/// Dates written in a post's text, found by their shape: `8.12.`, `8.12.2026`, `8. joulukuuta`,
/// `8 December`, `Dec 8th, 2026`; month and ordinal words from `DateWords`. A date without a year is
/// placed in the year of the day it is read against, or the next or previous one when that is nearer.
struct TextDates {
    /// One date in the text.
    struct Found: Equatable {
        /// First code point.
        var start: Int
        /// One past the last code point.
        var end: Int
        /// Day and month as written.
        var day: Int
        var month: Int
        /// The year when written.
        var year: Int?

        /// The date meant, read against `reference`: with no year, the one of last, this or next year
        /// nearest to it.
        func date(near reference: CivilDate) -> CivilDate? {
            if let year { return CivilDate(year: year, month: month, day: day) }
            let candidates = [-1, 0, 1].compactMap { CivilDate(year: reference.year + $0, month: month, day: day) }
            return candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
        }
    }

    /// A word of the text and where it is.
    private struct Word {
        var text: String
        var start: Int
        var end: Int
    }

    /// Every date in `scalars`.
    static func find(in scalars: [Unicode.Scalar], words: DateWords) -> [Found] {
        let tokens = Self.words(scalars)
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
            if let numeric = numericDate(token.text) {
                found.append(Found(start: token.start, end: token.end, day: numeric.day, month: numeric.month, year: numeric.year))
            } else if let day = dayNumber(token.text, words: words), let next, let month = words.months[monthKey(next.text)] {
                // `8. joulukuuta`, `8 December`, `8th Dec 2026`
                let year = afterNext.flatMap { yearNumber($0.text) }
                found.append(Found(start: token.start, end: year == nil ? next.end : afterNext?.end ?? next.end, day: day, month: month, year: year))
                index += year == nil ? 2 : 3
                continue
            } else if let month = words.months[monthKey(token.text)], let next, let day = dayNumber(next.text, words: words) {
                // `December 8`, `Dec 8th, 2026`
                let year = afterNext.flatMap { yearNumber($0.text) }
                found.append(Found(start: token.start, end: year == nil ? next.end : afterNext?.end ?? next.end, day: day, month: month, year: year))
                index += year == nil ? 2 : 3
                continue
            }
            index += 1
        }
        return found.filter { CivilDate(year: $0.year ?? 2028, month: $0.month, day: $0.day) != nil }
    }

    /// The text split at white space, each word without the punctuation around it (a final dot is kept:
    /// it is part of `8.12.`).
    private static func words(_ scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        func close(_ end: Int) {
            guard let begin = start else { return }
            start = nil
            var first = begin
            var last = end
            let trim: Set<Unicode.Scalar> = [",", ";", ":", "!", "?", "(", ")", "\"", "'", "”", "“", "’"]
            while first < last, trim.contains(scalars[first]) { first += 1 }
            while last > first, trim.contains(scalars[last - 1]) { last -= 1 }
            guard first < last else { return }
            words.append(Word(text: String(String.UnicodeScalarView(scalars[first..<last])).lowercased(), start: first, end: last))
        }
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace { close(offset) } else if start == nil { start = offset }
        }
        close(scalars.count)
        return words
    }

    /// `8.12.`, `8.12.2026`, `8.12.2026.`, `8.12.26`: day, month and the year when written.
    private static func numericDate(_ text: String) -> (day: Int, month: Int, year: Int?)? {
        var pieces = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count >= 3, pieces.last == "" || pieces.count == 3 else { return nil }
        if pieces.last == "" { pieces.removeLast() }
        guard (2...3).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              pieces[0].count <= 2, pieces[1].count <= 2, let day = Int(pieces[0]), let month = Int(pieces[1]) else { return nil }
        guard pieces.count == 3 else { return (day, month, nil) }
        guard pieces[2].count == 4 || pieces[2].count == 2, let year = Int(pieces[2]) else { return nil }
        return (day, month, year < 100 ? 2000 + year : year)
    }

    /// `8`, `8.`, `8th`: a day number.
    private static func dayNumber(_ text: String, words: DateWords) -> Int? {
        let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard let day = Int(bare) ?? words.ordinal(bare), (1...31).contains(day), bare.count <= 4 else { return nil }
        return day
    }

    private static func yearNumber(_ text: String) -> Int? {
        let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard bare.count == 4, let year = Int(bare), (1900...2200).contains(year) else { return nil }
        return year
    }

    private static func monthKey(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
