import Foundation

/// What the plan holds and what to do next, section by section (`/plan`, `kuulo plan show`, and the
/// advice after a flow): built from the one section list, with commands named as the reader types them
/// in their language and onboarding progress read where the onboarding flow keeps it.
public struct PlanReport {
    /// The plan.
    public let document: PlanDocument
    /// The plan file's path as shown.
    public let planPath: String
    /// The reader's language.
    public let language: Language
    /// The reader's trustee id, for advice on their own onboarding; `nil` when not known.
    public let userID: String?
    private let messages: MessageCatalog
    private let commands: CommandRegistry
    private let structure: PlanStructure
    private let onboarding: OnboardingLayout?
    private let data: DataFiles

    /// A report on `document` with the chat's loaded data.
    public init(document: PlanDocument, planPath: String, language: Language, userID: String?, resources: KuuloResources) {
        self.document = document
        self.planPath = planPath
        self.language = language
        self.userID = userID
        messages = resources.messages
        commands = resources.commands
        structure = PlanStructure(data: resources.data)
        onboarding = resources.onboardingLayout
        data = resources.data
    }

    private func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        messages.text(key, language, arguments)
    }

    /// The organisation's short name, else its name.
    private var organisationName: String? {
        let organisation = document.plan.organisation
        return organisation?.shortName?.nonBlank ?? organisation?.name?.nonBlank
    }

    /// The first line of `/plan`: whose plan, where and which version. The organisation's inflected
    /// names are made only when the header's text names one ("ESU’s plan"), as the greeting does.
    private var header: String {
        var arguments = ["path": planPath, "revision": String(document.revision)]
        guard let name = organisationName else { return text(.planUnnamed, arguments) }
        arguments["org"] = name
        if text(.planHeader).contains("{org.") {
            let stored = document.plan.organisation?.nameForms
            arguments.merge(NamePlaceholder.arguments("org", base: name, stored: stored, language: language, data: data)) { current, _ in current }
        }
        return text(.planHeader, arguments)
    }

    /// A command as the reader types it; `nil` for one the chat does not have.
    private func typed(_ command: PlanCommand?) -> String? {
        guard let command, commands.command(id: command.id) != nil else { return nil }
        return command.typed(in: language, commands: commands)
    }

    /// The sections `/plan` lists: those kept in plan fields (an occasional one once it has content).
    private var listedSections: [PlanSection] {
        structure.sections.filter { !$0.fields.isEmpty && $0.isShown(in: document.content) }
    }

    /// `/plan`: the header, each section started or not with the command that fills or changes it, then
    /// the trustees and their onboarding.
    public var summary: String {
        let content = document.content
        var lines = [header]
        if document.hasUnrecordedChanges {
            lines.append(text(.planUnrecorded, ["count": String(document.unrecordedChanges.count)]))
        }
        for section in listedSections {
            let started = section.isStarted(in: content)
            var line = (started ? "  ✓ " : "  – ") + section.title.text(language)
            if let command = typed(section.command) {
                line += "  " + text(.planFillWith, ["command": command])
            }
            lines.append(line)
        }
        lines += trusteeLines
        return lines.joined(separator: "\n")
    }

    /// The trustees with their onboarding progress (or their roles, without an onboarding flow). A trustee
    /// saved without a name is said to have none, not shown by their id.
    private var trusteeLines: [String] {
        let trustees = (document.plan.trustees ?? [:]).values.sorted { $0.id < $1.id }
        guard !trustees.isEmpty else { return [] }
        guard let onboarding else {
            let unnamed = ExportTexts(data: data, language: language).text(.trusteeNameMissing)
            return [text(.planTrustees)] + trustees.map { trustee in
                "  • " + (trustee.name?.nonBlank ?? unnamed) + (trustee.role?.nonBlank.map { " (\($0))" } ?? "")
            }
        }
        let unnamed = ExportTexts(data: data, language: language).text(.trusteeNameMissing)
        var lines = [text(.onboardingStatusHeader)]
        for trustee in trustees {
            let progress = onboarding.progress(of: trustee.id, in: document.content)
            let arguments = ["name": trustee.name.map(OneLineText.make)?.nonBlank ?? unnamed, "done": String(progress.completed.count), "total": String(progress.total)]
            if progress.isComplete {
                let when = progress.completedAt.map(TimeDisplay(data: data, language: language, content: document.content, now: nil).date(ofTimestamp:)) ?? ""
                lines.append(text(.onboardingStatusDone, arguments.merging(["date": when]) { $1 }))
            } else if progress.completed.isEmpty {
                lines.append(text(.onboardingStatusNone, arguments))
            } else {
                lines.append(text(.onboardingStatusPartial, arguments.merging(["next": String(progress.open.first ?? 1)]) { $1 }))
            }
        }
        return lines
    }

    /// The next thing to do: the reader's own onboarding when unfinished, else the first section the
    /// plan lacks that a command fills.
    public var nextStep: String {
        nextAction ?? text(listedSections.allSatisfy { $0.isStarted(in: document.content) } ? .nextStepNone : .nextStepSeePlan)
    }

    /// The next step when it is a command to run (`nil` when the advice would only point at `/plan`),
    /// shown under `/plan` itself.
    public var nextAction: String? {
        if let userID, let onboarding {
            let progress = onboarding.progress(of: userID, in: document.content)
            if !progress.isComplete {
                return text(.nextStepOnboarding, ["number": String(progress.open.first ?? 1), "total": String(progress.total)])
            }
        }
        for section in listedSections where !section.isStarted(in: document.content) {
            if let command = typed(section.command) {
                return text(.nextStep, ["section": section.title.text(language), "command": command])
            }
        }
        return nil
    }
}
