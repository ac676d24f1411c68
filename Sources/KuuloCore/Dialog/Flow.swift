import Foundation

/// A dialog flow read from `Prompts/flows/<id>.yaml`: an ordered list of steps whose answers are
/// written into the plan, with texts in every language.
public struct Flow: Equatable, Sendable {
    /// The flow's id, also its file name.
    public var id: String
    /// Shown before the first step.
    public var intro: LocalizedText?
    /// Shown after the last step.
    public var outro: LocalizedText?
    /// Shown instead of `outro` when only part of the flow was asked (`/tips 3`, `/channels instagram`,
    /// `/edit …`); without it a part ends with `outro` too.
    public var outroPart: LocalizedText?
    /// The summary of the revision recorded when the flow ends; may use `{user}` and `{org}`.
    public var summary: LocalizedText
    /// The steps in order.
    public var steps: [FlowStep]
    /// Chapters of the flow (the onboarding's tips), introduced by a Knowledge article.
    public var groups: [FlowGroup]
    /// The heading shown when a group starts; may use `{number}`, `{total}` and `{title}`.
    public var groupTitle: LocalizedText?
    /// What happens when the flow ends (`channel-advice`, `draft-assemble`).
    public var onComplete: FlowCompletion?
    /// The heading shown when a repeated block starts for an item; may use `{number}`, `{total}`, `{name}`.
    public var itemTitle: LocalizedText?
    /// A collection of numbered records the flow adds one to (`/calendar/drafts`): `{draft}` is its key.
    public var record: String?
    /// Where the number of the group being worked on is kept, so that quitting midway resumes there.
    public var resumeField: String?
    /// Where the time the flow was first started is kept.
    public var startedField: String?
    /// Where the time the flow was last completed is kept.
    public var completedField: String?
    /// Said when a run goes on from where an earlier one stopped; may use `{number}` and `{title}`
    /// (else the tips' own line).
    public var resumeNote: LocalizedText?
    /// Said when a new record of this flow had to take another number because someone else saved
    /// one under the same number meanwhile; may use `{from}` and `{to}`.
    public var renumbered: LocalizedText?

    /// Reads a flow definition; throws a description of the first problem.
    public init(json: JSONValue, path: String) throws(DataFileError) {
        guard let id = json["id"]?.stringValue else { throw DataFileError(path: path, line: nil, column: nil, problem: "missing id") }
        self.id = id
        self.intro = LocalizedText(json: json["intro"])
        self.outro = LocalizedText(json: json["outro"])
        self.outroPart = LocalizedText(json: json["outroPart"])
        self.summary = LocalizedText(json: json["summary"]) ?? LocalizedText([.en: id])
        var steps: [FlowStep] = []
        for (position, raw) in (json["steps"]?.arrayValue ?? []).enumerated() {
            steps.append(try FlowStep(json: raw, path: path, position: position))
        }
        guard !steps.isEmpty else { throw DataFileError(path: path, line: nil, column: nil, problem: "a flow needs steps") }
        self.steps = steps
        var groups: [FlowGroup] = []
        for raw in json["groups"]?.arrayValue ?? [] {
            guard let groupID = raw["id"]?.stringValue, let number = raw["number"]?.intValue else {
                throw DataFileError(path: path, line: nil, column: nil, problem: "a group needs id and number")
            }
            groups.append(FlowGroup(id: groupID, number: number, article: raw["article"]?.stringValue, completeField: raw["completeField"]?.stringValue,
                                    title: LocalizedText(json: raw["title"])))
        }
        for step in steps where step.group != nil && !groups.contains(where: { $0.id == step.group }) {
            throw DataFileError(path: path, line: nil, column: nil, problem: "step \(step.id) names an unknown group \(step.group ?? "")")
        }
        self.groups = groups
        self.groupTitle = LocalizedText(json: json["groupTitle"])
        self.itemTitle = LocalizedText(json: json["itemTitle"])
        if let name = json["onComplete"]?.stringValue {
            guard let hook = FlowCompletion(rawValue: name) else {
                throw DataFileError(path: path, line: nil, column: nil, problem: "unknown onComplete '\(name)'")
            }
            self.onComplete = hook
        } else {
            self.onComplete = nil
        }
        self.record = json["record"]?.stringValue
        self.resumeField = json["resumeField"]?.stringValue
        self.startedField = json["startedField"]?.stringValue
        self.completedField = json["completedField"]?.stringValue
        self.resumeNote = LocalizedText(json: json["resumeNote"])
        self.renumbered = LocalizedText(json: json["renumbered"])
    }

    /// The group with `id`.
    public func group(_ id: String?) -> FlowGroup? {
        guard let id else { return nil }
        return groups.first { $0.id == id }
    }

    /// The group numbered `number`.
    public func group(number: Int) -> FlowGroup? {
        groups.first { $0.number == number }
    }

    /// The index of the first step of the repeated block `each`.
    public func blockStart(_ each: RepeatSource) -> Int? {
        steps.firstIndex { $0.each == each }
    }

    /// The index of the first step after the repeated block `each`.
    public func blockEnd(_ each: RepeatSource) -> Int {
        (steps.lastIndex { $0.each == each } ?? steps.count - 1) + 1
    }

    /// The index of the first step of a group.
    public func firstStep(of group: FlowGroup) -> Int? {
        steps.firstIndex { $0.group == group.id }
    }

    /// The index of the step `/edit` knows as `name` in any language (or by its id).
    public func index(editName name: String) -> Int? {
        let wanted = name.lowercased()
        return steps.firstIndex { step in
            step.id == wanted || Language.allCases.contains { step.editName?.text($0).lowercased() == wanted }
        }
    }

    /// The index of the step with `id`.
    public func index(of stepID: String) -> Int? {
        steps.firstIndex { $0.id == stepID }
    }
}

/// The kinds of answer a step takes.
public enum InputKind: String, Sendable, CaseIterable {
    /// One line (or a `"""` block) of text.
    case text
    /// Several items, one a line, ended by an empty line.
    case list
    /// One of the step's options.
    case choice
    /// Any number of the step's options.
    case multichoice
    /// Yes or no.
    case yesno
    /// A whole number within bounds.
    case number
    /// A month of the year, stored as its number 1–12: the number, or the month's name in any form
    /// any installed language pack lists (`lokakuu`, `lokakuussa`, `lokak.`, `October`, `oct`).
    case month
    /// Several hashtags, one a line, each validated.
    case hashtags
    /// A date and time as people type it (`LocalDateTimeText`): `pe 18`, `8.12. klo 12`, `2026-12-01 18:00`.
    case datetime
    /// A day without a time, stored as `YYYY-MM-DD`: `12.1.2027`, `eilen`, `tänään`, `maanantaina`,
    /// `last Friday`, `8 Dec`. A vague answer ("viime viikolla") is asked again with an example.
    case date
}

/// Places an answer is kept other than the plain value at a step's field.
public enum StepStore: String, Sendable, CaseIterable {
    /// The tags of one role in the hashtag map (`/hashtags/tags/<key>` with `role`).
    case tagRole = "tag-role"
    /// The channels of every tag of one role.
    case tagChannels = "tag-channels"
    /// Named hashtag sets (`/hashtags/sets/<key>`), typed as `name: #a #b`.
    case tagSets = "tag-sets"
    /// The channels in use (`/channels/<id>`); a channel left out is marked removed, not deleted.
    case channelSet = "channel-set"
    /// A yes/no: "yes" adds the address at the step's `askIf` field to the public contacts.
    case publicContact = "public-contact"
}

/// A chapter of a flow, such as one of the eight tips.
public struct FlowGroup: Equatable, Sendable {
    /// Stable id (`tip-3`).
    public var id: String
    /// Its number, shown as progress and used by `/tips 3`.
    public var number: Int
    /// The Knowledge article that introduces it.
    public var article: String?
    /// Where the time this group was gone through is recorded (may use `{user}`, `{draft}` and `{number}`).
    public var completeField: String?
    /// The group's heading when no article introduces it.
    public var title: LocalizedText?
}

/// One option of a choice step.
public struct FlowOption: Equatable, Sendable {
    /// The value stored in the plan.
    public var value: String
    /// The label shown to the user.
    public var label: LocalizedText
    /// Other words that choose it (`instagram` for the Instagram feed).
    public var aliases: [String]

    /// Creates an option.
    public init(value: String, label: LocalizedText, aliases: [String] = []) {
        self.value = value
        self.label = label
        self.aliases = aliases
    }
}

/// One question of a flow.
public struct FlowStep: Equatable, Sendable {
    /// The step's id, unique in its flow (used by `/edit` and tests).
    public var id: String
    /// What kind of answer it takes.
    public var kind: InputKind
    /// The plan field (a JSON Pointer, may hold `{user}`) the answer is written to.
    public var field: String
    /// The question.
    public var question: LocalizedText
    /// A short hint under the question.
    public var hint: LocalizedText?
    /// The longer help shown for `?`.
    public var help: LocalizedText?
    /// A Knowledge article shown for `?` when there is no `help`.
    public var article: String?
    /// Whether the flow cannot go on without an answer.
    public var required: Bool
    /// The default, per language, taken by an empty answer.
    public var defaults: [Language: JSONValue]
    /// Options of choice steps.
    public var options: [FlowOption]
    /// Bounds for numbers, and for the length of texts and the number of list items.
    public var minimum: Int?
    /// See `minimum`.
    public var maximum: Int?
    /// The longest accepted text, in characters.
    public var maxLength: Int
    /// When true, the answer names the person using Kuulo.
    public var setsUser: Bool
    /// When true, the step is asked only while its field is empty.
    public var onlyIfEmpty: Bool
    /// When true (`ask: onRequest`), the step is left out of a run over all items and asked when the
    /// flow runs for one item (`/channels instagram`): the questions beyond the essential ones.
    public var onRequestOnly: Bool
    /// The group (chapter) the step belongs to.
    public var group: String?
    /// A short name of what the answer is, for the summary at the end of a flow.
    public var label: LocalizedText?
    /// Where the answer goes when it is not simply the value at `field` (the hashtag set's map).
    public var store: StepStore?
    /// The hashtag role (`brand`, `campaign`, `topic`) the step is about, for the tag stores.
    public var role: String?
    /// Where the default comes from when it is computed from the plan (`brand-hashtags`, …).
    public var suggest: DefaultSource?
    /// Where a choice step's options come from when they depend on the plan (`channels`).
    public var optionsFrom: OptionSource?
    /// Whether list items may carry a note after the first word (`#Vappu2026 the May Day party`).
    public var notes: Bool
    /// Whether a multichoice step takes names that are not among its options (a channel owner who is
    /// not yet a trustee: they are added as one).
    public var allowsNew: Bool
    /// When set, the step belongs to a block asked once for each item of this kind (`channel`).
    public var each: RepeatSource?
    /// When set, the step is asked only if this field (may use `{draft}`) has a value other than `askIfNot`.
    public var askIf: String?
    /// See `askIf`.
    public var askIfNot: String?
    /// With `askIf`: asked only if that field holds an e-mail address that is neither a public contact
    /// nor on the organisation's domain (`askIfUnlisted: true`).
    public var askIfUnlisted: Bool
    /// The name `/edit` knows the step by, per language (`key-message`, `ydinviesti`).
    public var editName: LocalizedText?
    /// The fewest items a list or multichoice answer should have (`advisedMin: 2`): fewer (but some) are
    /// saved, and `advice` says why more are needed — a tip's advice, not a rule that blocks the flow.
    public var advisedMinimum: Int?
    /// What is said when an answer has fewer items than `advisedMinimum`.
    public var advice: LocalizedText?
    /// Whether the answer is a name kept on one line (`oneLine: true`): line breaks and control
    /// characters typed in it (in a `"""` block, say) become spaces.
    public var oneLine: Bool
    /// A bound on a number answer taken from another step's answer (`atLeast: cadenceMin`).
    public var constraint: NumberConstraint?
    /// Whether an answer that looks like a password is refused (`refuse: password`): account names and
    /// recovery addresses go in the plan, secrets never.
    public var refusesPasswords: Bool
    /// For a `date` step: the day is in the past (`past: true`, the board's approval), so "maanantaina"
    /// and "8.12." are the latest such day up to today, not the next one.
    public var past: Bool

    init(json: JSONValue, path: String, position: Int) throws(DataFileError) {
        func fail(_ problem: String) -> DataFileError {
            DataFileError(path: path, line: nil, column: nil, problem: "step \(position + 1): \(problem)")
        }
        guard let id = json["id"]?.stringValue else { throw fail("missing id") }
        guard let kindName = json["kind"]?.stringValue ?? Optional("text"), let kind = InputKind(rawValue: kindName) else {
            throw fail("unknown kind '\(json["kind"]?.stringValue ?? "")'")
        }
        guard let field = json["field"]?.stringValue, field.hasPrefix("/") else { throw fail("field must be a JSON Pointer such as /organisation/name") }
        guard let question = LocalizedText(json: json["question"]) else { throw fail("missing question") }
        self.id = id
        self.kind = kind
        self.field = field
        self.question = question
        self.hint = LocalizedText(json: json["hint"])
        self.help = LocalizedText(json: json["help"])
        self.article = json["article"]?.stringValue
        self.required = json["required"]?.boolValue ?? false
        self.minimum = json["min"]?.intValue
        self.maximum = json["max"]?.intValue
        self.maxLength = json["maxLength"]?.intValue ?? 2_000
        self.setsUser = json["setsUser"]?.boolValue ?? false
        self.onlyIfEmpty = (json["ask"]?.stringValue ?? "always") == "ifEmpty"
        self.onRequestOnly = json["ask"]?.stringValue == "onRequest"
        self.group = json["group"]?.stringValue
        self.label = LocalizedText(json: json["label"])
        if let storeName = json["store"]?.stringValue {
            guard let store = StepStore(rawValue: storeName) else { throw fail("unknown store '\(storeName)'") }
            self.store = store
        } else {
            self.store = nil
        }
        self.role = json["role"]?.stringValue
        self.suggest = try Self.hook(json["suggest"], key: "suggest", fail: fail)
        self.optionsFrom = try Self.hook(json["optionsFrom"], key: "optionsFrom", fail: fail)
        self.notes = json["notes"]?.boolValue ?? false
        self.allowsNew = json["allowNew"]?.boolValue ?? false
        self.each = try Self.hook(json["each"], key: "each", fail: fail)
        self.askIf = json["askIf"]?.stringValue
        self.askIfNot = json["askIfNot"]?.stringValue
        self.askIfUnlisted = json["askIfUnlisted"]?.boolValue ?? false
        if askIfUnlisted || store == .publicContact, askIf == nil { throw fail("askIfUnlisted and the public-contact store need askIf") }
        self.editName = LocalizedText(json: json["editName"])
        self.advisedMinimum = json["advisedMin"]?.intValue
        self.advice = LocalizedText(json: json["advice"])
        if advisedMinimum != nil, advice == nil { throw fail("advisedMin needs an advice text") }
        self.constraint = NumberConstraint(json: json)
        self.oneLine = json["oneLine"]?.boolValue ?? false
        self.past = json["past"]?.boolValue ?? false
        if let refused = json["refuse"]?.stringValue {
            guard refused == "password" else { throw fail("unknown refuse '\(refused)'") }
            self.refusesPasswords = true
        } else {
            self.refusesPasswords = false
        }
        var options: [FlowOption] = []
        for raw in json["options"]?.arrayValue ?? [] {
            guard let value = raw["value"]?.stringValue, let label = LocalizedText(json: raw["label"]) else { throw fail("an option needs value and label") }
            options.append(FlowOption(value: value, label: label))
        }
        if (kind == .choice || kind == .multichoice), options.isEmpty, json["optionsFrom"] == nil { throw fail("a \(kind.rawValue) step needs options") }
        self.options = options
        var defaults: [Language: JSONValue] = [:]
        if let raw = json["default"] {
            let members = raw.objectValue ?? [:]
            let perLanguage = !members.isEmpty && members.keys.allSatisfy { Language(rawValue: $0) != nil }
            for language in Language.allCases {
                defaults[language] = perLanguage ? members[language.rawValue] : raw
            }
        }
        self.defaults = defaults
    }

    /// A hook named by `value`, or `nil` when the key is absent; an unknown name is an error.
    private static func hook<Hook: RawRepresentable>(_ value: JSONValue?, key: String,
                                                     fail: (String) -> DataFileError) throws(DataFileError) -> Hook? where Hook.RawValue == String {
        guard let name = value?.stringValue else { return nil }
        guard let hook = Hook(rawValue: name) else { throw fail("unknown \(key) '\(name)'") }
        return hook
    }

    /// Whether the answer is collected one line at a time.
    public var takesList: Bool { kind == .list || kind == .hashtags }

    /// The plan field for the current user (and item, in a repeated block).
    public func pointer(userID: String?, item: String? = nil, record: String? = nil) -> JSONPointer? {
        JSONPointer(fillTemplate(field, ["user": userID ?? "_", "item": item ?? "_", "draft": record ?? "_"]))
    }
}
