import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Channel catalogue")
struct ChannelCatalogueTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)
    var catalogue: ChannelCatalogue { ChannelCatalogue(data: data) }

    @Test("a channel's name for people: its own, else its kind's, else its id's, never a bare slug it can name")
    func displayName() {
        #expect(catalogue.displayName(of: "facebook", ownName: nil, kind: "facebook-page", language: .fi) == "Facebook-sivu")
        #expect(catalogue.displayName(of: "stories", ownName: nil, kind: "instagram-stories", language: .en) != "stories")
        #expect(catalogue.displayName(of: "website", ownName: nil, kind: nil, language: .fi) == "Verkkosivut")
        #expect(catalogue.displayName(of: "ig", ownName: "Instagram (@kyy_ry)", kind: "instagram-feed", language: .fi) == "Instagram (@kyy_ry)")
        #expect(catalogue.displayName(of: "kampusradio", ownName: nil, kind: "campus-radio", language: .fi) == "kampusradio")
    }

    @Test("every channel of the issue is there, in both languages, with defaults")
    func complete() {
        let expected = ["facebook-page", "facebook-group", "instagram-feed", "instagram-stories", "tiktok", "linkedin", "x", "threads",
                        "bluesky", "mastodon", "youtube", "discord", "telegram", "whatsapp-community", "website", "newsletter",
                        "intranet", "notice-boards", "events"]
        #expect(catalogue.ids == expected)
        let responseTimes: Set = ["same-day", "1-day", "2-working-days", "1-week"]
        for entry in catalogue.entries {
            for language in Language.allCases {
                #expect(entry.name.values[language]?.isEmpty == false, "\(entry.id) name \(language)")
                #expect((entry.profile.values[language]?.count ?? 0) > 100, "\(entry.id) profile \(language)")
                #expect(entry.defaults.purpose?.values[language]?.isEmpty == false, "\(entry.id) purpose \(language)")
                #expect(entry.defaults.tone?.values[language]?.isEmpty == false, "\(entry.id) tone \(language)")
                #expect(!(entry.defaults.contentTypes.values[language] ?? []).isEmpty, "\(entry.id) content \(language)")
                #expect(!(entry.defaults.audiences.values[language] ?? []).isEmpty, "\(entry.id) audiences \(language)")
                #expect(!(entry.defaults.metrics.values[language] ?? []).isEmpty, "\(entry.id) metrics \(language)")
            }
            #expect(entry.defaults.contentTypes.values[.fi]?.count == entry.defaults.contentTypes.values[.en]?.count, "\(entry.id)")
            #expect(entry.defaults.audiences.values[.fi]?.count == entry.defaults.audiences.values[.en]?.count, "\(entry.id)")
            let cadence = entry.defaults.cadence
            #expect(cadence != nil && (cadence?.min ?? 0) <= (cadence?.max ?? 0) && (cadence?.max ?? 0) > 0, "\(entry.id) cadence")
            if let responseTime = entry.defaults.responseTime { #expect(responseTimes.contains(responseTime), "\(entry.id)") }
            #expect(entry.effort != nil, "\(entry.id) effort")
            for limit in entry.limits {
                #expect(!limit.source.isEmpty && limit.verifiedOn.count == 10, "\(entry.id) \(limit.key)")
            }
        }
        #expect(data.warnings.isEmpty)
    }

    @Test("website, newsletter, intranet, notice boards and events reach members who are not on social media")
    func offline() {
        #expect(catalogue.entries.filter { !$0.social }.map(\.id) == ["website", "newsletter", "intranet", "notice-boards", "events"])
        #expect(catalogue.entries.filter { !$0.social }.allSatisfy { $0.platform == nil })
    }

    @Test("limits agree with the platform limits the checks use")
    func limitsAgree() {
        let platforms = PlatformLimits(data: data)
        for entry in catalogue.entries {
            guard let platformID = entry.platform else { continue }
            guard let platform = platforms.platforms.first(where: { $0.id == platformID }) else {
                #expect(entry.limits.isEmpty, "\(entry.id) has limits but \(platformID) is not in platform-limits.yaml")
                continue
            }
            for limit in entry.limits {
                if let shared = platform.limit(limit.key) {
                    #expect(shared.value == limit.value, "\(entry.id) \(limit.key)")
                    #expect(shared.counting == limit.counting, "\(entry.id) \(limit.key)")
                }
            }
        }
        #expect(catalogue.entry("instagram-feed")?.limit("hashtags.max")?.value == 5)
        #expect(catalogue.entry("x")?.limit("text.length")?.counting == .weighted)
    }

    @Test("a trustee's words find the channel")
    func matching() {
        #expect(catalogue.entry(matching: "Instagram")?.id == "instagram-feed")
        #expect(catalogue.entry(matching: "storyt")?.id == "instagram-stories")
        #expect(catalogue.entry(matching: "uutiskirje")?.id == "newsletter")
        #expect(catalogue.entry(matching: "Facebook sivu")?.id == "facebook-page")
        #expect(catalogue.entry(matching: "Facebook-ryhmä")?.id == "facebook-group")
        #expect(catalogue.entry(matching: "twitter")?.id == "x")
        #expect(catalogue.entry(matching: "Email newsletter")?.id == "newsletter")
        #expect(catalogue.entry(matching: "E-mail newsletter")?.id == "newsletter", "the name before the house style wrote email")
        #expect(catalogue.entry(matching: "") == nil)
        #expect(catalogue.entry(matching: "myspace") == nil)
        var aliases: [String: String] = [:]
        for entry in catalogue.entries {
            for alias in entry.aliases + [entry.id] {
                #expect(aliases[alias.lowercased()] == nil, "\(alias) names both \(aliases[alias.lowercased()] ?? "") and \(entry.id)")
                aliases[alias.lowercased()] = entry.id
            }
        }
    }

    @Test("the catalogue is read from a tree, skipping entries without an id and repeated ids")
    func tree() {
        let parsed = ChannelCatalogue(tree: ["channels": [["id": "a", "social": false], ["name": "no id"], ["id": "a"]]])
        #expect(parsed.ids == ["a"])
        #expect(parsed.entry("a")?.social == false)
        #expect(parsed.order(of: "zzz") == 1)
    }
}
