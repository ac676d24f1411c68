import Foundation

/// The plan's content as the exports read it: the typed `Plan`, with every collection in a stable order
/// (channels in catalogue order, drafts by schedule, trustees by name).
struct PlanView {
    /// The typed content.
    let plan: Plan
    /// The organisation (empty when absent).
    let organisation: Organisation
    /// Channels still in use.
    let channels: [PlanChannel]
    /// Channels marked as removed.
    let removedChannels: [PlanChannel]
    /// Drafts: scheduled ones by time, then the rest by number.
    let drafts: [PlanDraft]
    /// Trustees by name.
    let trustees: [PlanTrustee]
    /// The plan's languages as codes (`fi`, `en`), in the plan's order.
    let languages: [String]
    /// The zone scheduled items default to.
    let timeZone: ExportTimeZone

    /// Reads `content` with the catalogue's names and order for channels, and trustees' onboarding
    /// progress where `onboarding` says the flow keeps it.
    init(content: JSONValue, catalogue: ChannelCatalogue, language: Language, onboarding: OnboardingLayout? = nil) {
        plan = Plan(json: content)
        organisation = plan.organisation ?? Organisation(json: .object([:]))
        languages = organisation.languages.nonBlank
        timeZone = organisation.timeZone?.nonBlank.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        let allChannels = (plan.channels ?? [:]).values.map { PlanChannel($0, catalogue: catalogue, language: language) }.sorted { lhs, rhs in
            let left = (catalogue.order(of: lhs.kind), lhs.name.lowercased(), lhs.id)
            let right = (catalogue.order(of: rhs.kind), rhs.name.lowercased(), rhs.id)
            return left < right
        }
        channels = allChannels.filter { !$0.removed }
        removedChannels = allChannels.filter(\.removed)
        drafts = plan.drafts.values.map(PlanDraft.init).sorted(by: PlanDraft.scheduleOrder)
        trustees = (plan.trustees ?? [:]).values.map { trustee in
            PlanTrustee(trustee, progress: onboarding?.progress(of: trustee.id, in: content))
        }.sorted(by: PlanTrustee.order)
    }

    /// The name a channel id goes by in the document: the plan's channel name, else the catalogue's, else the id.
    func channelName(_ id: String, catalogue: ChannelCatalogue, language: Language) -> String {
        if let channel = (channels + removedChannels).first(where: { $0.id == id }) { return channel.name }
        return catalogue.displayName(of: id, ownName: nil, kind: nil, language: language)
    }

    /// The organisation's accounts by number.
    var accounts: [Account] {
        (plan.accounts ?? [:]).values.sorted { FlowArgumentPicker.recordOrder($0.id, $1.id) }
    }

    /// The annual calendar's moments in calendar order (month, day), undated ones last.
    var annualEvents: [AnnualEvent] {
        (plan.annualCalendar ?? [:]).values.sorted { lhs, rhs in
            (lhs.month ?? 13, lhs.day ?? 0, lhs.name ?? "", lhs.id) < (rhs.month ?? 13, rhs.day ?? 0, rhs.name ?? "", rhs.id)
        }
    }

    /// The organisation's name for titles, or `nil` when not given.
    var organisationName: String? {
        organisation.name?.nonBlank
    }
}
