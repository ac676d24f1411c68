import Foundation
import KuuloCore
import Testing

/// A board's plan at the end of a term: three trustees (Aino and Bertta leave), two accounts, two
/// channels, a crisis contact and one published draft.
enum HandoverPlan {
    static let text = #"""
    {"schemaVersion": 1, "revision": 0, "plan": {
     "organisation": {"name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"]},
     "trustees": {"aino-aalto": {"name": "Aino Aalto", "role": "puheenjohtaja"}, "bertta-berg": {"name": "Bertta Berg"}, "cecilia-carlsson": {"name": "Cecilia Carlsson"}},
     "accounts": {"1": {"platform": "instagram", "account": "@kyy_ry", "admins": ["Aino Aalto", "Bertta Berg"], "twoFactor": true, "recovery": "aino.aalto@example.com"},
                  "2": {"platform": "facebook", "account": "facebook.com/kyy", "admins": ["Bertta Berg", "Cecilia Carlsson"]}},
     "channels": {"instagram": {"kind": "instagram", "purpose": "Tapahtumat", "owners": ["Aino Aalto"], "substitutes": ["Bertta Berg"], "cadence": {"min": 1, "max": 3, "per": "week"}},
                  "facebook": {"kind": "facebook", "purpose": "Tiedotteet", "owners": ["Cecilia Carlsson"], "substitutes": ["Bertta Berg"], "cadence": {"min": 1, "max": 2, "per": "week"}}},
     "crisis": {"decider": "Aino Aalto", "escalation": ["Aino Aalto 040 123 4567"]},
     "calendar": {"drafts": {"1": {"topic": "Vappu", "channels": ["instagram"], "status": "published", "publishedAt": "2026-04-30T12:00:00+03:00"}}}
    }, "history": []}
    """#

    static let nowText = "2026-12-06T10:00:00Z"
    static let now = Date(timeIntervalSince1970: 1_796_551_200)
    static let clock = ["KUULO_NOW": nowText]

    /// A folder holding the plan.
    static func folder() throws -> String {
        let folder = BinaryRunner.makeFolder()
        try text.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        return folder
    }

    /// The first part's answers: two leave, two start (new names, added on the spot), and a
    /// recovery address typed first as a password, which is refused.
    static let people: [String: [String]] = ["period": ["2027"], "leaving": ["Aino Aalto, Bertta Berg"], "starting": ["Daavid Dahl, Eero Eskola"],
                                             "recovery": ["salasana: Kyy2026!", "some@kyy.fi"]]
}

@Suite("End to end: the change of term (/vallanvaihto, /handover)", .serialized)
struct HandoverEndToEndTests {
    @Test("in Finnish: two leave and two start, interrupted after the accounts and resumed by another trustee; the plan changes at the end and the written plan has the checklist")
    func finnishInterruptedAndResumed() throws {
        let folder = try HandoverPlan.folder()
        let plan = folder + "/kuulo-plan.json"
        #expect(abs(HandoverPlan.now.timeIntervalSince1970 - (ISO8601DateFormatter().date(from: HandoverPlan.nowText)?.timeIntervalSince1970 ?? 0)) < 1)

        var first = PipedInput(language: .fi, user: "Aino Aalto", planPath: plan, now: HandoverPlan.now)
        first.send("/vallanvaihto")
        first.answer(HandoverPlan.people, until: "owners")
        let part = try BinaryRunner.run(["--lang", "fi"], input: first.text, folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Aino Aalto"]) { $1 })
        #expect(part.code == 0, "\(part.stderr)")
        #expect(part.stdout.contains("Tämä näyttää salasanalta"), "a password is refused: \(part.stdout)")
        #expect(part.stdout.contains("Osa 2/4: Tilit ja ylläpito-oikeudet"))
        let saved = BinaryRunner.json(plan)
        #expect(saved.at("plan", "terms", "1", "resumeAt") as? Int == 3, "the next run resumes at the channels")
        #expect(saved.at("plan", "terms", "1", "completedAt") == nil)
        #expect(saved.at("plan", "terms", "1", "accounts", "1", "recovery") as? String == "some@kyy.fi")
        #expect(!BinaryRunner.read(plan).contains("Kyy2026"), "the password never reached the file")
        #expect(saved.at("plan", "accounts", "1", "admins") as? [String] == ["Aino Aalto", "Bertta Berg"], "nothing changes before the end")
        #expect(saved.at("plan", "trustees", "daavid-dahl", "name") as? String == "Daavid Dahl", "a new name is added as a trustee on the spot")

        let greeting = try BinaryRunner.run(["--lang", "fi"], input: "", folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(greeting.stdout.contains("Vallanvaihto on kesken (osa 3/4)"), "the greeting says a handover is unfinished: \(greeting.stdout)")

        var second = PipedInput(language: .fi, user: "Cecilia Carlsson", planPath: plan, now: HandoverPlan.now)
        second.send("/vallanvaihto")
        #expect(second.currentStep?.id == "owners", "resumed at the channels, not at the start")
        second.answer(["crisisDecider": ["Cecilia Carlsson"], "crisisEscalation": ["Cecilia Carlsson 040 765 4321"]])
        second.send("/vie markdown")
        let rest = try BinaryRunner.run(["--lang", "fi"], input: second.text, folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(rest.code == 0, "\(rest.stderr)")
        #expect(rest.stdout.contains("Jatketaan vallanvaihtoa osasta 3: Kanavien vastuut."), "\(rest.stdout)")
        #expect(rest.stdout.contains("Vallanvaihto on nyt kirjattu suunnitelmaan"))
        #expect(rest.stdout.contains("Vastuuhenkilöistä poistettiin Aino Aalto, Bertta Berg"))
        #expect(rest.stdout.contains("Lähtevän hallituksen vuosi"))
        #expect(rest.stdout.contains("Julkaistuksi merkittiin 1 luonnos."))

        let done = BinaryRunner.json(plan)
        #expect(done.at("plan", "accounts", "1", "admins") as? [String] == ["Daavid Dahl", "Eero Eskola"])
        #expect(done.at("plan", "accounts", "1", "recovery") as? String == "some@kyy.fi")
        #expect(done.at("plan", "accounts", "2", "admins") as? [String] == ["Cecilia Carlsson", "Daavid Dahl", "Eero Eskola"])
        #expect(done.at("plan", "channels", "instagram", "owners") as? [String] == ["Daavid Dahl", "Eero Eskola"], "a leaver's channel passes to the starters")
        #expect(done.at("plan", "channels", "facebook", "owners") as? [String] == ["Cecilia Carlsson"], "a staying owner stays")
        #expect(done.at("plan", "crisis", "decider") as? String == "Cecilia Carlsson")
        #expect((done.at("plan", "trustees") as? [String: Any])?.keys.sorted() == ["cecilia-carlsson", "daavid-dahl", "eero-eskola"])
        #expect(done.at("plan", "terms", "1", "completedAt") as? String != nil)
        #expect(done.at("plan", "terms", "1", "summary", "published") as? Int == 1)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)

        let document = BinaryRunner.read(folder + "/kuulo-plan-fi.md")
        #expect(document.contains("Vallanvaihto"), "\(document)")
        #expect(document.contains("Oikeus annetaan") && document.contains("Kaksivaiheinen tunnistautuminen siirtyy"))
        #expect(document.contains("Daavid Dahl: ei aloitettu"))
        #expect(!document.contains("Kyy2026"))

        let newcomer = try BinaryRunner.run(["--lang", "fi"], input: "", folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Daavid Dahl"]) { $1 })
        #expect(newcomer.stdout.contains("Tervetuloa mukaan uuteen hallitukseen!"), "the greeting offers the onboarding: \(newcomer.stdout)")
        let staying = try BinaryRunner.run(["--lang", "fi"], input: "/suunnitelma\n", folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(!staying.stdout.contains("Tervetuloa mukaan uuteen hallitukseen!"))
        #expect(!staying.stdout.contains("Vallanvaihto on kesken"), "nothing unfinished once it is done")
        #expect(staying.stdout.contains("✓ Vallanvaihto"), "/plan lists the change of term once it has content: \(staying.stdout)")
    }

    @Test("in English: the whole change of term in one go, and the written plan's checklist in HTML")
    func englishInOneGo() throws {
        let folder = try HandoverPlan.folder()
        let plan = folder + "/kuulo-plan.json"
        var input = PipedInput(language: .en, user: "Cecilia Carlsson", planPath: plan, now: HandoverPlan.now)
        input.send("/handover")
        input.answer(HandoverPlan.people.merging(["owners/facebook": ["Cecilia Carlsson, Daavid Dahl"], "crisisDecider": ["Cecilia Carlsson"]]) { $1 })
        input.send("/export html")
        let run = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("That looks like a password"))
        #expect(run.stdout.contains("Part 3/4: Who runs the channels"))
        #expect(run.stdout.contains("The change of term is now in the plan"))
        #expect(run.stdout.contains("New trustees: Daavid Dahl, Eero Eskola"))
        let done = BinaryRunner.json(plan)
        #expect(done.at("plan", "channels", "facebook", "owners") as? [String] == ["Cecilia Carlsson", "Daavid Dahl"])
        #expect(done.at("plan", "channels", "facebook", "substitutes") as? [String] == ["Daavid Dahl", "Eero Eskola"])
        let html = BinaryRunner.read(folder + "/kuulo-plan-en.html")
        #expect(html.contains("id=\"handover\""), "the section has its anchor")
        #expect(html.contains("Change of term") && html.contains("Rights removed from") && html.contains("some@kyy.fi"))
    }

    @Test("a plan with no accounts: the accounts part says it is skipped, every channel is still gone through by name, and the change of term ends (found in a user trial: {itemName} once, then 'unfinished' for ever)")
    func planWithoutAccounts() throws {
        let folder = try HandoverPlan.folder()
        let plan = folder + "/kuulo-plan.json"
        var document = try #require(try JSONSerialization.jsonObject(with: Data(HandoverPlan.text.utf8)) as? [String: Any])
        var content = try #require(document["plan"] as? [String: Any])
        #expect(content.removeValue(forKey: "accounts") != nil)
        document["plan"] = content
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: plan))
        var input = PipedInput(language: .en, user: "Cecilia Carlsson", planPath: plan, now: HandoverPlan.now)
        input.send("/handover")
        input.answer(HandoverPlan.people.merging(["owners/instagram": ["Daavid Dahl"], "owners/facebook": ["Eero Eskola"], "crisisDecider": ["Cecilia Carlsson"]]) { $1 })
        let run = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Part 2/4"), "the skipped part is named: \(run.stdout)")
        #expect(run.stdout.contains("Nothing to ask in this part"))
        #expect(!run.stdout.contains("{itemName}"))
        #expect(run.stdout.contains("The change of term is now in the plan"))
        let done = BinaryRunner.json(plan)
        #expect(done.at("plan", "terms", "1", "channels", "_") == nil, "answers are kept under the channel, not a placeholder")
        #expect(done.at("plan", "channels", "instagram", "owners") as? [String] == ["Daavid Dahl"])
        #expect(done.at("plan", "channels", "facebook", "owners") as? [String] == ["Eero Eskola"])
        #expect(done.at("plan", "terms", "1", "completedAt") as? String != nil, "the change of term is finished, not left at part 2")
        let greeting = try BinaryRunner.run(["--lang", "en"], input: "", folder: folder, environment: HandoverPlan.clock.merging(["KUULO_USER": "Cecilia Carlsson"]) { $1 })
        #expect(!greeting.stdout.contains("unfinished"), "\(greeting.stdout)")
    }
}
