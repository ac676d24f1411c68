/// The named pieces of code a flow's YAML can call on. Each is a typed id: a flow that names one
/// that does not exist fails to load (and `kuulo-embed` rejects it at build time), instead of the
/// name doing nothing.

/// What happens when a flow ends (`onComplete:` in a flow).
public enum FlowCompletion: String, Sendable, CaseIterable {
    /// The draft is put together for each channel and language and checked.
    case draftAssemble = "draft-assemble"
    /// The reply is put together and checked in reply mode.
    case replyAssemble = "reply-assemble"
    /// The channel map is checked as a whole.
    case channelAdvice = "channel-advice"
    /// What a member said is sorted into kinds and checked for the plan's followed keywords.
    case listenClassify = "listen-classify"
    /// A trustee added as a numbered record is moved under the id made of their name.
    case trusteeKey = "trustee-key"
    /// The change of term is made in the plan (accounts, channels, trustees) and the year summarised.
    case handoverApply = "handover-apply"
}

/// Where a step's options come from when they depend on the plan (`optionsFrom:` in a step).
public enum OptionSource: String, Sendable, CaseIterable {
    /// The plan's channels (else every platform Kuulo knows).
    case channels
    /// The plan's languages other than the draft's own.
    case otherLanguages = "other-languages"
    /// Every channel in the catalogue.
    case channelCatalogue = "channel-catalogue"
    /// The plan's trustees by name.
    case trustees
    /// The organisation's audiences.
    case audiences
    /// The current account's admins and the trustees who leave (`/handover`).
    case accountAdmins = "account-admins"
}

/// Where a step's default answer is computed from (`suggest:` in a step).
public enum DefaultSource: String, Sendable, CaseIterable {
    /// Hashtags made of the organisation's names.
    case brandHashtags = "brand-hashtags"
    /// Hashtag ideas with a year or number in them.
    case campaignHashtags = "campaign-hashtags"
    /// The other hashtag ideas.
    case topicHashtags = "topic-hashtags"
    /// The purpose of the draft's first channel that has one.
    case draftPurpose = "draft:purpose"
    /// The channel catalogue's purpose for the current channel.
    case channelPurpose = "channel:purpose"
    /// The catalogue's tone for the current channel.
    case channelTone = "channel:tone"
    /// The catalogue's audiences for the current channel.
    case channelAudiences = "channel:audiences"
    /// The catalogue's content types for the current channel.
    case channelContentTypes = "channel:contentTypes"
    /// The catalogue's metrics for the current channel.
    case channelMetrics = "channel:metrics"
    /// The catalogue's least posts a week for the current channel.
    case channelCadenceMin = "channel:cadence.min"
    /// The catalogue's most posts a week for the current channel.
    case channelCadenceMax = "channel:cadence.max"
    /// Whether the catalogue counts the current channel's rhythm a week or a month.
    case channelCadencePer = "channel:cadence.per"
    /// The catalogue's response time for the current channel.
    case channelResponseTime = "channel:responseTime"
    /// The organisation's languages.
    case channelLanguages = "channel:languages"
    /// The starting trustees, as the new admins of the current account.
    case handoverGrant = "handover:grant"
    /// The current account's admins who leave.
    case handoverRevoke = "handover:revoke"
    /// The first new admin of the current account, as the holder of two-factor authentication.
    case handoverTwoFactor = "handover:two-factor"
    /// The current account's recovery address.
    case handoverRecovery = "handover:recovery"
    /// The current channel's owners without those who leave (else the starting trustees).
    case handoverOwners = "handover:owners"
    /// The current channel's substitutes without those who leave (else the starting trustees).
    case handoverSubstitutes = "handover:substitutes"

    /// The catalogue key of a `channel:` default (`cadence.min`), else `nil`.
    public var channelKey: String? {
        rawValue.hasPrefix("channel:") ? String(rawValue.dropFirst("channel:".count)) : nil
    }
}

/// What a repeated block of steps is asked for (`each:` in a step).
public enum RepeatSource: String, Sendable, CaseIterable {
    /// Each of the plan's channels in use.
    case channel
    /// Each language of the draft other than the one it is written in.
    case language
    /// Each of the plan's accounts (`/handover`).
    case account
    /// Each channel in use that the catalogue does not have (its name is the trustee's own: `/nimenmuodot`).
    case customChannel = "custom-channel"
}
