import Foundation

/// Where a plan and its history hold personal data that the privacy checks recognise by shape:
/// identity codes, phone numbers, e-mail addresses and account numbers. The organisation's public
/// contacts (`/organisation/publicContacts` of the current plan) are left out.
public struct PersonalDataScan: Equatable, Sendable {
    /// Which value of the file an item was found in.
    public enum Value: String, Equatable, Sendable {
        /// The plan as it is now.
        case current
        /// A field's value before a revision changed it.
        case before
        /// A field's value as a revision set it.
        case after
        /// A revision's summary.
        case summary
        /// A revision's author.
        case author
    }

    /// One item found.
    public struct Finding: Equatable, Sendable {
        /// What it is.
        public var kind: PersonalDataKind
        /// The field (for `.current`, `.before` and `.after`), with any personal data in it masked.
        public var path: JSONPointer
        /// Which value it is in.
        public var value: Value
        /// The revision it is in; `nil` for the current plan.
        public var revision: Int?
        /// That revision's author, masked where it holds personal data.
        public var author: String?
        /// The item with its identifying part hidden.
        public var masked: String
    }

    /// Everything found, the current plan first, then the history oldest first.
    public var findings: [Finding]

    /// Scans `document`, with its own public contacts (or `contacts`) not counted as personal data.
    public init(document: PlanDocument, contacts: PublicContacts? = nil) {
        let contacts = contacts ?? PublicContacts(json: document.content["organisation"]?["publicContacts"])
        var findings: [Finding] = []
        Self.collect(document.content, at: JSONPointer(), value: .current, revision: nil, contacts: contacts, into: &findings)
        for entry in document.history {
            let author = PersonalDataKind.maskingAll(in: entry.author)
            for change in entry.changes {
                for (side, value) in [(Value.before, change.before), (Value.after, change.after)] {
                    guard let value else { continue }
                    var found: [Finding] = []
                    Self.collect(value, at: change.path, value: side, revision: entry.number, contacts: contacts, into: &found)
                    findings += found.map { finding in
                        var copy = finding
                        copy.author = author
                        return copy
                    }
                }
            }
            for (side, text) in [(Value.summary, entry.summary), (Value.author, entry.author)] {
                for match in Self.matches(in: text, contacts: contacts) {
                    findings.append(Finding(kind: match.kind, path: JSONPointer(), value: side, revision: entry.number,
                                            author: author, masked: match.kind.masked(match.text)))
                }
            }
        }
        self.findings = findings
    }

    /// Whether nothing was found.
    public var isClean: Bool { findings.isEmpty }

    /// The items in `text` that are not public contacts.
    static func matches(in text: String, contacts: PublicContacts) -> [PersonalDataKind.Match] {
        PersonalDataKind.matches(in: text).filter { match in
            switch match.kind {
            case .email: return !contacts.allowsEmail(match.text)
            case .phoneNumber: return !contacts.allowsPhone(match.text)
            case .iban: return !contacts.allowsAccount(match.text)
            case .personalIdentityCode, .other: return true
            }
        }
    }

    private static func collect(_ value: JSONValue, at path: JSONPointer, value side: Value, revision: Int?, contacts: PublicContacts, into findings: inout [Finding]) {
        let place = JSONPointer(tokens: path.tokens.map(PersonalDataKind.maskingAll(in:)))
        switch value {
        case .string(let text):
            for match in matches(in: text, contacts: contacts) {
                findings.append(Finding(kind: match.kind, path: place, value: side, revision: revision, author: nil, masked: match.kind.masked(match.text)))
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                collect(item, at: path.appending(String(index)), value: side, revision: revision, contacts: contacts, into: &findings)
            }
        case .object(let members):
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                for match in matches(in: key, contacts: contacts) {
                    findings.append(Finding(kind: match.kind, path: place, value: side, revision: revision, author: nil, masked: match.kind.masked(match.text)))
                }
                collect(member, at: path.appending(key), value: side, revision: revision, contacts: contacts, into: &findings)
            }
        case .null, .bool, .int, .double:
            return
        }
    }

    /// The findings as `{findings: [{kind, place, value, revision, author, masked}]}`.
    public var json: JSONValue {
        .object(["findings": .array(findings.map { finding in
            .object([
                "kind": .string(finding.kind.rawValue),
                "place": .string(finding.path.description),
                "value": .string(finding.value.rawValue),
                "revision": finding.revision.map(JSONValue.int) ?? .null,
                "author": finding.author.map(JSONValue.string) ?? .null,
                "masked": .string(finding.masked),
            ])
        })])
    }
}

extension PlanStructure {
    /// The section holding the field at `pointer` (the listed field nearest to it), if any.
    public func section(holding pointer: JSONPointer) -> PlanSection? {
        var best: (section: PlanSection, depth: Int)?
        for section in sections {
            for field in section.fields where pointer.tokens.starts(with: field.pointer.tokens) {
                if field.pointer.tokens.count > (best?.depth ?? -1) { best = (section, field.pointer.tokens.count) }
            }
        }
        return best?.section
    }
}
