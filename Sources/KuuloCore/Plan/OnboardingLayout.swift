import Foundation

/// Where the onboarding flow (`Prompts/flows/onboarding.yaml`) keeps a trustee's progress, and how many
/// tips it has: read from the flow itself, so the export, `/plan` and the chat agree with whatever the
/// flow writes.
public struct OnboardingLayout: Equatable, Sendable {
    /// One tip: its number and where the time it was gone through is kept (may use `{user}`, `{number}`).
    public struct Tip: Equatable, Sendable {
        /// Its number, 1 up.
        public var number: Int
        /// The pointer template of its completion time.
        public var completeField: String?

        /// A tip and where its completion time is kept.
        public init(number: Int, completeField: String?) {
            self.number = number
            self.completeField = completeField
        }
    }

    /// The tips in order.
    public var tips: [Tip]
    /// Where the time the whole onboarding was completed is kept (may use `{user}`).
    public var completedField: String?
    /// Where the time it was first started is kept (may use `{user}`).
    public var startedField: String?

    /// A layout from its values (`PrebuiltData`: the built-in onboarding's, made at build time).
    public init(tips: [Tip], completedField: String?, startedField: String?) {
        self.tips = tips
        self.completedField = completedField
        self.startedField = startedField
    }

    /// The layout of a flow with groups; `nil` for a flow without any.
    public init?(flow: Flow) {
        guard !flow.groups.isEmpty else { return nil }
        tips = flow.groups.map { Tip(number: $0.number, completeField: $0.completeField) }
        completedField = flow.completedField
        startedField = flow.startedField
    }

    /// The layout of a flow's structure alone (its texts are not needed): the groups' numbers and
    /// completion fields, the flow's start and completion fields; `nil` without groups.
    public init?(structure: JSONValue) {
        tips = (structure["groups"]?.arrayValue ?? []).compactMap { group in
            group["number"]?.intValue.map { Tip(number: $0, completeField: group["completeField"]?.stringValue) }
        }
        guard !tips.isEmpty else { return nil }
        completedField = structure["completedField"]?.stringValue
        startedField = structure["startedField"]?.stringValue
    }

    /// The layout of the onboarding flow in `data`; `nil` when it is missing or unusable.
    public init?(data: DataFiles) {
        let path = "Prompts/flows/onboarding.yaml"
        guard let tree = data.tree(path), let flow = try? Flow(json: tree, path: path) else { return nil }
        self.init(flow: flow)
    }

    /// How many tips there are.
    public var count: Int { tips.count }

    /// The tip numbers, in order.
    public var numbers: [Int] { tips.map(\.number) }

    /// The trustee `id`'s progress in `content`.
    public func progress(of id: String, in content: JSONValue) -> OnboardingProgress {
        func text(_ template: String?, number: Int? = nil) -> String? {
            guard let template else { return nil }
            let filled = fillTemplate(template, ["user": id, "number": number.map(String.init) ?? ""])
            guard let pointer = JSONPointer(filled), let value = content.value(at: pointer), !value.isEmptyValue else { return nil }
            return value.stringValue ?? ""
        }
        let done = tips.filter { text($0.completeField, number: $0.number) != nil }.map(\.number)
        return OnboardingProgress(total: count, completed: done, open: numbers.filter { !done.contains($0) },
                                  completedAt: text(completedField), startedAt: text(startedField))
    }
}

/// How far one trustee has come in the onboarding.
public struct OnboardingProgress: Equatable, Sendable {
    /// How many tips there are.
    public var total: Int
    /// The numbers of the tips gone through.
    public var completed: [Int]
    /// The numbers of the tips not gone through yet, in order.
    public var open: [Int]
    /// When the whole onboarding was last completed.
    public var completedAt: String?
    /// When it was first started.
    public var startedAt: String?

    /// Whether every tip is gone through.
    public var isComplete: Bool { open.isEmpty }
}
