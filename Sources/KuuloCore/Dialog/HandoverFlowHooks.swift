import Foundation

/// What the handover flow (`/handover`) reads from the plan: the suggested answers for an account or a
/// channel, worked out from who leaves and who starts, the options of "who loses admin rights", and
/// an account's name as the trustee knows it.
struct HandoverFlowHooks {
    let content: JSONValue
    let resources: KuuloResources
    let language: Language
    /// The change of term being recorded (`terms.<record>`).
    let record: String?
    /// The account or channel being asked about.
    let item: String?

    /// The change of term as recorded so far.
    var term: Term? {
        guard let record, let json = content["terms"]?[record] else { return nil }
        return Term(id: record, json: json)
    }

    private var leaving: [String] { term?.leaving ?? [] }
    private var starting: [String] { term?.starting ?? [] }

    /// An account's name: its platform and address (`Instagram @kyy_ry`).
    func accountName(_ key: String) -> String {
        let account = content["accounts"]?[key].map { Account(id: key, json: $0) }
        let platform = account?.platform.map { resources.channelCatalogue.entry($0)?.name.text(language) ?? $0 }
        let parts = [platform, account?.account.map(OneLineText.make)].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? key : parts.joined(separator: " ")
    }

    /// The suggested answer for `source` at the current account or channel; `nil` when there is none
    /// or `source` is not the handover's.
    func defaultValue(_ source: DefaultSource) -> JSONValue? {
        guard let item else { return nil }
        let account = content["accounts"]?[item].map { Account(id: item, json: $0) }
        let channel = content["channels"]?[item].map { Channel(id: item, json: $0) }
        switch source {
        case .handoverGrant: return list(starting)
        case .handoverRevoke: return list((account?.admins ?? []).filter(isLeaving))
        case .handoverTwoFactor:
            let granted = term?.accounts?[item]?.grant ?? starting
            return granted.first.map(JSONValue.string)
        case .handoverRecovery: return account?.recovery.map(JSONValue.string)
        case .handoverOwners: return list(passedOn(channel?.owners ?? []))
        case .handoverSubstitutes: return list(passedOn(channel?.substitutes ?? []))
        default: return nil
        }
    }

    /// Those of `holders` who stay, else (when everyone leaves) the starting trustees.
    func passedOn(_ holders: [String]) -> [String] {
        let staying = holders.filter { !isLeaving($0) }
        return staying.isEmpty && !holders.isEmpty ? starting : staying
    }

    /// The options of "who loses admin rights": the account's admins, then the leaving trustees.
    func adminOptions() -> [FlowOption] {
        let admins = item.flatMap { content["accounts"]?[$0]?["admins"]?.stringArray } ?? []
        var seen: Set<String> = []
        return (admins + leaving).map(OneLineText.make).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }.map {
            FlowOption(value: $0, label: LocalizedText([.fi: $0, .en: $0]))
        }
    }

    private func isLeaving(_ name: String) -> Bool {
        leaving.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    private func list(_ names: [String]) -> JSONValue? {
        names.isEmpty ? nil : .array(names.map(JSONValue.string))
    }
}
