import Foundation

/// Why texts cannot be redacted.
public enum RedactionError: Error, Equatable, Sendable {
    /// No text was given, or only blank ones.
    case noText
    /// A text is shorter than `PlanRedaction.minimumLength`: removing it everywhere would wreck the plan.
    case tooShort
    /// A text is part of a field name the plan's schema defines (`name`): removing it would break the
    /// plan's structure rather than remove personal data.
    case structural(fieldName: String)
}

/// Removes given texts from a plan's content and from every value its history has ever recorded.
///
/// Every occurrence (compared case-insensitively; phone and account numbers also when written another
/// way, `+358 40 123 4567` for `040-1234567`) in a string value, an object key or a change's path
/// becomes `marker`, and so do occurrences in revision authors and summaries. The same replacement is
/// applied to every `before` and `after` value of every revision and to the content, so replaying the
/// redacted history gives the redacted content: redaction commutes with setting values at paths.
/// The redaction itself is recorded as a revision without field changes whose summary names only the
/// kinds of text removed.
public struct PlanRedaction: Sendable {
    /// What an occurrence becomes: neutral in every language, and nothing a check reads as personal data.
    public static let marker = "[***]"
    /// The shortest text that may be redacted.
    public static let minimumLength = 3

    /// How much a redaction removed.
    public struct Tally: Equatable, Sendable {
        /// Occurrences removed from the plan's content (and members Kuulo does not know).
        public var content = 0
        /// Occurrences removed from the history.
        public var history = 0
        /// Revisions that held at least one occurrence.
        public var revisions = 0

        /// A tally; nothing removed by default.
        public init(content: Int = 0, history: Int = 0, revisions: Int = 0) {
            self.content = content
            self.history = history
            self.revisions = revisions
        }

        /// Whether anything was removed.
        public var isEmpty: Bool { content == 0 && history == 0 }
    }

    /// The texts to remove, longest first, without blanks or repeats.
    public let texts: [String]

    /// Redaction of `texts` (trimmed); checked against the field names of `schema` when given.
    public init(texts: [String], schema: JSONValue? = nil) throws(RedactionError) {
        var unique: [String] = []
        for text in texts.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !text.isEmpty {
            if !unique.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) { unique.append(text) }
        }
        guard !unique.isEmpty else { throw .noText }
        guard unique.allSatisfy({ $0.count >= Self.minimumLength }) else { throw .tooShort }
        if let schema {
            let names = Self.fieldNames(in: schema)
            for text in unique {
                if let name = names.sorted().first(where: { $0.range(of: text, options: .caseInsensitive) != nil }) {
                    throw .structural(fieldName: name)
                }
            }
        }
        self.texts = unique.sorted { $0.count > $1.count }
        let found = unique.flatMap(PersonalDataKind.matches(in:))
        phoneKeys = Set(found.filter { $0.kind == .phoneNumber }.map { PublicContacts.normalisedPhone($0.text) })
        accountKeys = Set(found.filter { $0.kind == .iban }.map { PublicContacts.normalisedAccount($0.text) })
    }

    /// The phone numbers among the texts as digits, so that `040-1234567` also removes `+358 40 123 4567`.
    private let phoneKeys: Set<String>
    /// The account numbers among the texts without spaces, so that grouping does not matter.
    private let accountKeys: Set<String>

    /// The kinds of the texts, in the order of `PersonalDataKind.allCases`.
    public var kinds: [PersonalDataKind] {
        let found = Set(texts.map(PersonalDataKind.classify))
        return PersonalDataKind.allCases.filter(found.contains)
    }

    // MARK: - Values

    /// `text` with every occurrence replaced by the marker.
    public func redact(_ text: String) -> String {
        var count = 0
        return redact(text, count: &count)
    }

    /// `value` with every occurrence in its strings and keys replaced.
    public func redact(_ value: JSONValue) -> JSONValue {
        var count = 0
        return redact(value, count: &count)
    }

    /// Whether `text` holds any of the texts (phone and account numbers however they are written).
    public func occurs(in text: String) -> Bool {
        texts.contains { text.range(of: $0, options: .caseInsensitive) != nil } || !variantRanges(in: text).isEmpty
    }

    private func redact(_ text: String, count: inout Int) -> String {
        var ranges = variantRanges(in: text)
        var searchFrom = text.startIndex
        while let range = earliestMatch(in: text[searchFrom...]) {
            let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
            ranges.append(start..<start + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound))
            searchFrom = range.upperBound
        }
        guard !ranges.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound >= position {
                result.append(contentsOf: scalars[position..<range.lowerBound])
                result.append(contentsOf: Self.marker.unicodeScalars)
                count += 1
            }
            position = max(position, range.upperBound)
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// Where `text` holds one of the phone or account numbers written another way (code-point ranges).
    private func variantRanges(in text: String) -> [Range<Int>] {
        guard !phoneKeys.isEmpty || !accountKeys.isEmpty else { return [] }
        return PersonalDataKind.matches(in: text).filter { match in
            switch match.kind {
            case .phoneNumber: return phoneKeys.contains(PublicContacts.normalisedPhone(match.text))
            case .iban: return accountKeys.contains(PublicContacts.normalisedAccount(match.text))
            case .personalIdentityCode, .email, .other: return false
            }
        }.map(\.range)
    }

    /// The first occurrence of any text in `text`; at the same place the longest text wins.
    private func earliestMatch(in text: Substring) -> Range<Substring.Index>? {
        var best: Range<Substring.Index>?
        for candidate in texts {
            guard let range = text.range(of: candidate, options: .caseInsensitive) else { continue }
            if best.map({ range.lowerBound < $0.lowerBound }) ?? true { best = range }
        }
        return best
    }

    private func redact(_ value: JSONValue, count: inout Int) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(redact(text, count: &count))
        case .array(let items):
            return .array(items.map { redact($0, count: &count) })
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                result[redact(key, count: &count)] = redact(member, count: &count)
            }
            return .object(result)
        case .null, .bool, .int, .double:
            return value
        }
    }

    private func redact(_ pointer: JSONPointer, count: inout Int) -> JSONPointer {
        JSONPointer(tokens: pointer.tokens.map { redact($0, count: &count) })
    }

    private func redact(_ revision: Revision, count: inout Int) -> Revision {
        let changes = revision.changes.map { change in
            PlanChange(path: redact(change.path, count: &count), before: change.before.map { redact($0, count: &count) },
                       after: change.after.map { redact($0, count: &count) })
        }
        return Revision(number: revision.number, time: revision.time, author: redact(revision.author, count: &count),
                        summary: redact(revision.summary, count: &count), changes: changes)
    }

    // MARK: - Documents

    /// `document` with the texts removed from its content and whole history, and a new revision by
    /// `author` at `time` with `summary` (which should name kinds only; it is redacted too).
    /// `nil` when the texts occur nowhere in the document.
    public func apply(to document: PlanDocument, author: String, time: String, summary: String) -> (document: PlanDocument, tally: Tally)? {
        var tally = Tally()
        var result = document
        result.content = redact(document.content, count: &tally.content)
        for key in document.unknownMembers.keys {
            result.unknownMembers[key] = document.unknownMembers[key].map { redact($0, count: &tally.content) }
        }
        var entries: [Revision] = []
        for entry in document.history {
            var count = 0
            entries.append(redact(entry, count: &count))
            tally.history += count
            if count > 0 { tally.revisions += 1 }
        }
        guard !tally.isEmpty else { return nil }
        entries.append(Revision(number: entries.count + 1, time: time, author: redact(author), summary: redact(summary), changes: []))
        result.replaceHistory(entries)
        return (result, tally)
    }

    /// The lines of a line-editing history without those that hold any of the texts, and how many were dropped.
    public func scrub(lines: [String]) -> (lines: [String], removed: Int) {
        let kept = lines.filter { !occurs(in: $0) }
        return (kept, lines.count - kept.count)
    }

    /// Every member name declared under `properties` anywhere in `schema`.
    static func fieldNames(in schema: JSONValue) -> Set<String> {
        switch schema {
        case .object(let members):
            var names = Set(members["properties"]?.objectValue?.keys.map { $0 } ?? [])
            for member in members.values { names.formUnion(fieldNames(in: member)) }
            return names
        case .array(let items):
            return items.reduce(into: Set<String>()) { $0.formUnion(fieldNames(in: $1)) }
        case .null, .bool, .int, .double, .string:
            return []
        }
    }
}
