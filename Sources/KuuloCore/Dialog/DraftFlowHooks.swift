import Foundation

/// The hooks the drafting and reply flows need from the plan: the draft being written, its
/// languages, the channels' purposes, the saved hashtag sets.
public struct DraftFlowHooks {
    /// The plan's content.
    public var content: JSONValue
    /// The shared data: texts, flows, catalogues.
    public let resources: KuuloResources
    /// The language texts are shown in.
    public let language: Language
    /// The key of the draft being written, if any.
    public var record: String?
    /// The name of a channel as the user knows it.
    let itemName: (String) -> String

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    /// Where draft `key` is in the plan.
    public static func pointer(_ key: String) -> JSONPointer {
        JSONPointer(tokens: ["calendar", "drafts", key])
    }

    /// The language a draft's parts are written in.
    func primaryLanguage(of draft: JSONValue) -> String {
        Draft(number: "", json: draft).language ?? language.rawValue
    }

    /// A language's name as the user reads it (`suomi`, `Swedish`), from the setup flow's options.
    func languageName(_ code: String) -> String {
        let options = resources.flow("setup")?.steps.first { $0.id == "languages" }?.options ?? []
        return options.first { $0.value == code }?.label.text(language) ?? code
    }

    /// The template values the drafting and reply flows use in their questions and defaults.
    var draftTemplateArguments: [String: String] {
        var arguments = ["languageName": languageName(language.rawValue)]
        let sets = HashtagStore.sets(in: content)
        arguments["hashtagSets"] = sets.isEmpty ? "" : text(.draftHashtagSets, ["sets": sets.joined(separator: "; ")])
        if let key = record, let json = content.value(at: Self.pointer(key)) {
            let purposes = (Draft(number: key, json: json).channels ?? []).compactMap { channel -> String? in
                guard let purpose = content["channels"]?[channel]?["purpose"]?.stringValue, !purpose.isEmpty else { return nil }
                return "  " + itemName(channel) + ": " + purpose
            }
            arguments["channelPurposes"] = purposes.isEmpty ? "  " + text(.draftNoPurposes) : purposes.joined(separator: "\n")
        }
        let emails = content["organisation"]?["publicContacts"]?["emails"]?.stringArray ?? []
        arguments["continueDefault"] = emails.first.map { text(.replyContinueEmail, ["email": $0]) } ?? text(.replyContinueMessage)
        return arguments
    }

    /// The purpose of the first of the draft's channels that has one in the plan.
    func draftPurposeDefault() -> JSONValue? {
        guard let key = record, let json = content.value(at: Self.pointer(key)) else { return nil }
        for channel in Draft(number: key, json: json).channels ?? [] {
            if let purpose = content["channels"]?[channel]?["purpose"]?.stringValue, !purpose.isEmpty { return .string(purpose) }
        }
        return nil
    }

    /// The languages of the plan other than the one the draft is written in.
    func otherLanguageOptions() -> [FlowOption] {
        let written = record.flatMap { content.value(at: Self.pointer($0)) }.map(primaryLanguage) ?? language.rawValue
        return (content["organisation"]?["languages"]?.stringArray ?? []).filter { $0 != written }.map { code in
            let options = resources.flow("setup")?.steps.first { $0.id == "languages" }?.options ?? []
            let label = options.first { $0.value == code }?.label ?? LocalizedText([.fi: code, .en: code])
            return FlowOption(value: code, label: label, aliases: [code])
        }
    }

    /// A saved hashtag set's tags when `item` names one (typed without `#`).
    func hashtagSet(named item: String) -> [String]? {
        guard !item.hasPrefix("#"), !item.hasPrefix("＃") else { return nil }
        let wanted = item.lowercased()
        for entry in (content["hashtags"]?["sets"]?.objectValue ?? [:]).values {
            if entry["name"]?.stringValue?.lowercased() == wanted {
                return (entry["tags"]?.stringArray ?? []).map { $0.hasPrefix("#") ? $0 : "#" + $0 }
            }
        }
        return nil
    }
}
