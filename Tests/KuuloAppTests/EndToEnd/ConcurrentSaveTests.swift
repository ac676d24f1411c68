import Foundation
import Testing

@Suite("End to end: two sessions on one plan", .serialized)
struct ConcurrentSaveTests {
    func makePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: "First Name\nFN\n\n\n\nMaija\nchair\n", folder: folder)
        return folder
    }

    @Test("changes to different fields are merged and nothing is lost")
    func merge() throws {
        let folder = try makePlan()
        let maija = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        maija.send("/setup\n")
        #expect(maija.waitFor(SetupQuestions.name))
        maija.send("New Name\n")
        #expect(maija.waitFor(SetupQuestions.shortName))
        let pekka = try BinaryRunner.run(["--lang", "en", "--user", "Pekka"], input: "/setup\n\nPK\n/quit\n", folder: folder)
        #expect(pekka.code == 0)
        maija.send("\n3\n")
        #expect(maija.waitFor(SetupQuestions.languages))
        maija.send("/quit\n")
        #expect(maija.finish() == 0)
        #expect(maija.stdout.contains("your changes were merged with it"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "New Name")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "PK")
        #expect(plan.at("plan", "organisation", "kind") as? String == "association")
        let authors = (plan["history"] as? [[String: Any]])?.compactMap { $0["author"] as? String }
        #expect(authors?.contains("Pekka") == true)
        #expect(authors?.last == "Maija")
    }

    @Test("a true conflict, not interactive: exit 1 naming the field, the other's work kept, ours set aside")
    func conflict() throws {
        let folder = try makePlan()
        let maija = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        maija.send("/setup\n")
        #expect(maija.waitFor(SetupQuestions.name))
        let pekka = try BinaryRunner.run(["--lang", "en", "--user", "Pekka"], input: "/setup\nPekka's Name\n/quit\n", folder: folder)
        #expect(pekka.code == 0)
        let before = BinaryRunner.read(folder + "/kuulo-plan.json")
        maija.send("Maija's Name\n")
        let code = maija.finish()
        #expect(code == 1)
        #expect(maija.stderr.contains("someone else saved this plan meanwhile, and you both changed: /organisation/name"))
        #expect(BinaryRunner.read(folder + "/kuulo-plan.json") == before)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".unsaved-") }
        #expect(aside.count == 1)
        #expect(BinaryRunner.read(folder + "/" + (aside.first ?? "")).contains("Maija's Name"))
    }

    @Test("SIGTERM saves what was answered and exits")
    func terminate() throws {
        let folder = BinaryRunner.makeFolder()
        let session = try LiveProcess(["--lang", "en"], folder: folder)
        #expect(session.waitFor(SetupQuestions.name))
        session.send("Signal Org\n")
        #expect(session.waitFor(SetupQuestions.shortName))
        let code = session.signal(SIGTERM)
        #expect(code == 128 + SIGTERM)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Signal Org")
        #expect(plan["revision"] as? Int == 1)
    }
}
