import Foundation

/// The message ids of the exported documents; the words live in `Prompts/export.<lang>.yaml` under `texts`.
/// A test checks that every id has a text in every language.
enum ExportTextKey: String, CaseIterable, Sendable {
    case documentTitle
    case documentTitleUnnamed
    case documentApproved
    case documentDraft
    case documentChangedAfterApproval
    case fieldApprovedAt
    case fieldApprovedIn
    case draftVersion
    case documentNoRevision
    case documentUnrecorded
    case documentIntro
    case organisationFallback
    case tableOfContents
    case sectionHeading
    case missingSectionUnfilled
    case missingSomeUnfilled
    case missingPartUnfilled
    case trusteeNameMissing
    case notDecided
    case emptyCell
    case yesWord = "yes"
    case noWord = "no"
    case orWord = "or"
    case appendixTips
    case fieldName
    case fieldShortName
    case fieldKind
    case fieldLanguages
    case fieldValues
    case fieldCoreMessage
    case fieldContacts
    case fieldEmails
    case fieldPhones
    case fieldBankAccounts
    case contactsAllowed
    case annualTableCaption
    case annualDay
    case tableMoment
    case tableNotes
    case fieldHide
    case fieldDelete
    case fieldBlock
    case fieldDecides
    case fieldConfidential
    case fieldPhotoConsent
    case fieldPhotoOptOut
    case fieldPlanStorage
    case fieldPlanAccess
    case fieldRetention
    case accountsTableCaption
    case tablePlatform
    case tableAccount
    case tableAdmins
    case tableTwoFactor
    case tableRecovery
    case tableReviewed
    case accountsNoPasswords
    case handoverIntro
    case fieldTermPeriod
    case fieldLeaving
    case fieldStarting
    case handoverAccountsCaption
    case tableGrant
    case tableRevoke
    case tableTwoFactorHolder
    case handoverChannelsCaption
    case tableSubstitutes
    case fieldOnboarding
    case handoverOnboardingLine
    case fieldYear
    case fieldYearPublished
    case fieldYearMeasured
    case fieldYearListened
    case handoverUnfinished
    case tableContact
    case substitutesNote
    case annualEventInMonth
    case consistencyHeading
    case consistencyIntro
    case consistencyCadenceMaxBelowMin
    case consistencyOfflineAudienceUnassigned
    case consistencyOfflineAudienceNoChannel
    case consistencyHashtagPlatformNotChannel
    case consistencyPrivateContact
    case goalsServeValues
    case audienceReachedBy
    case audienceNotReached
    case channelTableCaption
    case tableChannel
    case tablePurpose
    case tableAudience
    case tableContent
    case tableCadence
    case tableOwners
    case tableResponseTime
    case cadenceRange
    case cadenceExact
    case cadenceUpTo
    /// `{relative} klo {hour}.{minute}`: a time yesterday, today or tomorrow.
    case relativeDateTimeFormat
    case cadenceAsNeeded
    case cadenceTotal
    case cadenceTotalNoOwners
    case offlineReach
    case offlineReachMissing
    case channelsRemoved
    case channelDetails
    case fieldChannelKind
    case fieldTone
    case fieldChannelLanguages
    case fieldChannelMetrics
    case themesHeading
    case themeItem
    case calendarHeading
    case calendarTableCaption
    case tableWhen
    case tableTitle
    case tableChannels
    case tableLanguages
    case tableStatus
    case notScheduled
    case draftUntitled
    case hashtagsTableCaption
    case tableTag
    case tableRole
    case tableNote
    case hashtagSetsHeading
    case hashtagSetItem
    case hashtagIdeasHeading
    case hashtagIdeasNote
    case hashtagLimitsHeading
    case hashtagLimitMax
    case hashtagLimitRecommended
    case fieldKeywords
    case fieldMonitoredHashtags
    case fieldMonitoredAccounts
    case fieldMonitoringOwner
    case fieldMonitoringFrequency
    case fieldLikeAndComment
    case fieldResponseTime
    case fieldEncouragement
    case fieldOrganisationAccounts
    case fieldPersonalAccounts
    case accessibilityPrinciplesHeading
    case fieldLanguagesByChannel
    case fieldAltText
    case altTextCoverage
    case fieldCriticism
    case fieldDecider
    case fieldEscalation
    case trusteesTableCaption
    case tableName
    case tableTrusteeRole
    case tableSignature
    case tableOnboarding
    case onboardingDone
    case onboardingPartial
    case onboardingNotStarted
    case fieldAdminsListed
    case fieldMeasures
    case fieldReviewRhythm
    case channelMetricsHeading
    case channelMetricsItem
    case yearlyReview
    case yearlyReviewUndated
    case fieldRevision
    case fieldRevisionDate
    case revisionHistoryHeading
    case revisionHistoryItem
    case revisionNone
    case approvalLine
    case appendixTipsIntro
    case appendixTipHeading
    case appendixTipsMissing
    case icsDraftSummary
    case icsChannels
    case icsStatus
    case icsLanguages
    case icsKeyMessage
    case icsLink
    case icsTextHeading
    case routineMonitoring
    case routineMetrics
    case routineReview
    case routineReviewDescription
    case routineItem
    case csvNumber
    case csvStatus
    case csvScheduledAt
    case csvTimeZone
    case csvChannel
    case csvLanguage
    case csvTitle
    case csvText
    case csvHashtags
    case csvLink
    case csvAltText
    case csvAuthor
    case csvReviewedBy
    case dateFormat
    case dateTimeFormat
}

extension ExportTextKey {
    /// The message of a consistency finding.
    static func consistency(_ kind: ConsistencyFinding.Kind) -> ExportTextKey {
        switch kind {
        case .cadenceMaxBelowMin: return .consistencyCadenceMaxBelowMin
        case .offlineAudienceUnassigned: return .consistencyOfflineAudienceUnassigned
        case .offlineAudienceNoChannel: return .consistencyOfflineAudienceNoChannel
        case .hashtagPlatformNotChannel: return .consistencyHashtagPlatformNotChannel
        case .privateContact: return .consistencyPrivateContact
        }
    }
}
