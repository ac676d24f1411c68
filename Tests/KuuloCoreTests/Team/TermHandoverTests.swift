import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("The change of term applied to the plan")
struct TermHandoverTests {
    let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML))
    let now = Date(timeIntervalSince1970: 1_796_551_200)

    var content: JSONValue {
        [
            "trustees": ["aino": ["name": "Aino"], "bertta": ["name": "Bertta"], "cecilia": ["name": "Cecilia"]],
            "accounts": ["1": ["platform": "instagram-feed", "admins": ["Aino", "Cecilia"], "recovery": "aino@example.com"]],
            "channels": ["instagram": ["owners": ["Aino"], "substitutes": ["Cecilia"]]],
            "terms": ["1": ["leaving": ["Aino", "Bertta"], "starting": ["Daavid", "Bertta"],
                            "accounts": ["1": ["grant": ["Daavid"], "revoke": ["Aino"], "recovery": "some@kyy.fi"]],
                            "channels": ["instagram": ["owners": ["Daavid"]]]]],
        ]
    }

    @Test("rights, owners and trustees change as recorded; a leaver who also starts stays; running it again changes nothing more")
    func applied() {
        let handover = TermHandover(resources: resources, language: .en, now: now)
        let once = handover.apply("1", to: content)
        let plan = Plan(json: once.content)
        #expect(plan.accounts?["1"]?.admins == ["Cecilia", "Daavid"])
        #expect(plan.accounts?["1"]?.recovery == "some@kyy.fi")
        #expect(plan.channels?["instagram"]?.owners == ["Daavid"])
        #expect(plan.channels?["instagram"]?.substitutes == ["Cecilia"], "what the handover did not record stays")
        #expect(plan.trustees?.keys.sorted() == ["bertta", "cecilia", "daavid"], "Aino leaves; Bertta leaves and starts again, so stays")
        #expect(plan.terms?["1"]?.summary?.to == "2026-12-06")
        #expect(plan.terms?["1"]?.summary?.from == "2025-12-06", "a year back when no earlier change of term was finished")
        let twice = handover.apply("1", to: once.content)
        #expect(twice.content == once.content)
    }

    @Test("the suggestions: starters get the rights, leavers lose them, staying owners keep their channel")
    func suggestions() {
        let hooks = { (item: String) in HandoverFlowHooks(content: content, resources: resources, language: .en, record: "1", item: item) }
        #expect(hooks("1").defaultValue(.handoverGrant) == ["Daavid", "Bertta"])
        #expect(hooks("1").defaultValue(.handoverRevoke) == ["Aino"])
        #expect(hooks("1").defaultValue(.handoverTwoFactor) == "Daavid", "the first new admin")
        #expect(hooks("1").defaultValue(.handoverRecovery) == "aino@example.com")
        #expect(hooks("instagram").defaultValue(.handoverOwners) == ["Daavid", "Bertta"], "everyone left: the starters")
        #expect(hooks("instagram").defaultValue(.handoverSubstitutes) == ["Cecilia"])
        #expect(hooks("1").adminOptions().map(\.value) == ["Aino", "Cecilia", "Bertta"])
        #expect(hooks("1").defaultValue(.channelPurpose) == nil)
    }

    @Test("only a starter of the latest finished change of term who has not begun the onboarding is offered it")
    func onboardingOffer() {
        var finished = content
        finished.setValue("2026-12-06T10:00:00Z", at: JSONPointer(tokens: ["terms", "1", "completedAt"]))
        #expect(TermHandover.awaitsOnboarding("daavid", in: finished))
        #expect(!TermHandover.awaitsOnboarding("Cecilia", in: finished))
        #expect(!TermHandover.awaitsOnboarding("Daavid", in: content), "not before the handover is finished")
        finished.setValue(["name": "Daavid", "onboarding": ["startedAt": "2026-12-07T10:00:00Z"]], at: JSONPointer(tokens: ["trustees", "daavid"]))
        #expect(!TermHandover.awaitsOnboarding("Daavid", in: finished))
    }
}
