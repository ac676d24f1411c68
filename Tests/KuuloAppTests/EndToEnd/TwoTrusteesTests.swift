import Foundation
import Testing

/// Two trustees working on one plan at the same time, each in a terminal of their own: what a user
/// trial found lost or mixed (a `/cancel` that undid the other's saved work, two new drafts written
/// into one, a step showing what the file no longer held).
@Suite("End to end: two trustees on one plan", .serialized)
struct TwoTrusteesTests {
    let planName = "kuulo-plan.json"

    /// A plan with an organisation, one channel and a core message.
    func makePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en)
        input.answer(["name": ["First Name"], "shortName": ["FN"], "userName": ["Alex"], "userRole": ["chair"]])
        input.send("/channels")
        input.answer(["choose": ["instagram"], "channelAudiences": ["1"], "owners": ["1"]])
        input.send("/goals", "Old core message", "/quit")
        let run = try BinaryRunner.run(["--lang", "en", "--user", "Alex"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        return folder
    }

    func plan(_ folder: String) -> [String: Any] { BinaryRunner.json(folder + "/" + planName) }

    @Test("/cancel after a merge takes back only this flow's answers: the other trustee's saved change stays, and the goodbye names the version on disk")
    func cancelKeepsOthersWork() throws {
        let folder = try makePlan()
        let alex = try LiveProcess(["--lang", "en", "--user", "Alex"], folder: folder)
        alex.send("/goals\n")
        #expect(alex.waitFor("core message, in one sentence?"))
        let sanni = try BinaryRunner.run(["--lang", "en", "--user", "Sanni"],
                                         input: PipedInput.rerunSetup(["name": ["Sanni's Name"]], until: "shortName", user: "Sanni", folder: folder, then: ["/quit"]),
                                         folder: folder)
        #expect(sanni.code == 0, "\(sanni.stderr)")
        alex.send("Alex's core message\n")
        // Sanni's save is taken in before the answer (or merged with it on saving).
        #expect(alex.waitFor("What do you want to achieve on social media?"))
        #expect(alex.stdout.contains("Someone else saved the plan meanwhile") || alex.stdout.contains("your changes were merged with it"))
        alex.send("/cancel\n")
        #expect(alex.waitFor("Cancelled"))
        alex.send("/quit\n")
        #expect(alex.finish() == 0, "\(alex.stderr)")
        let saved = plan(folder)
        #expect(saved.at("plan", "organisation", "name") as? String == "Sanni's Name", "Sanni's saved name was reverted")
        #expect(saved.at("plan", "organisation", "coreMessage") as? String == "Old core message")
        let revision = try #require(saved["revision"] as? Int)
        #expect(alex.stdout.contains("version \(revision))"), "the goodbye names the version on disk (\(revision))")
        let history = saved["history"] as? [[String: Any]] ?? []
        let alexChanges = history.filter { $0["author"] as? String == "Alex" }.flatMap { $0["changes"] as? [[String: Any]] ?? [] }
        #expect(!alexChanges.contains { ($0["path"] as? String) == "/organisation/name" && ($0["after"] as? String) == "First Name" },
                "Alex recorded no revision putting the old name back")
    }

    @Test("two new drafts begun at the same time become two drafts, the later one renumbered with a line saying so")
    func twoDraftsAtOnce() throws {
        let folder = try makePlan()
        let alex = try LiveProcess(["--lang", "en", "--user", "Alex"], folder: folder)
        let sanni = try LiveProcess(["--lang", "en", "--user", "Sanni"], folder: folder)
        alex.send("/draft\n")
        sanni.send("/draft\n")
        #expect(alex.waitFor("Which channels is the post for?"))
        #expect(sanni.waitFor("Which channels is the post for?"))
        alex.send("1\n")
        #expect(alex.waitFor("purposes does this post serve?"))
        sanni.send("1\n")
        #expect(sanni.waitFor("purposes does this post serve?"))
        alex.send("/skip\nAlex's key message\n")
        #expect(alex.waitFor("The details"))
        sanni.send("/skip\nSanni's key message\n")
        #expect(sanni.waitFor("The details"))
        alex.send("Alex's details\n/quit\n")
        sanni.send("Sanni's details\n/quit\n")
        #expect(alex.finish() == 0, "\(alex.stdout)\n\(alex.stderr)")
        #expect(sanni.finish() == 0, "\(sanni.stdout)\n\(sanni.stderr)")
        #expect(sanni.stdout.contains("is now number 2"), "\(sanni.stdout)")
        let saved = plan(folder)
        #expect(saved.at("plan", "calendar", "drafts", "1", "keyMessage") as? String == "Alex's key message")
        #expect(saved.at("plan", "calendar", "drafts", "1", "details") as? String == "Alex's details")
        #expect(saved.at("plan", "calendar", "drafts", "2", "keyMessage") as? String == "Sanni's key message")
        #expect(saved.at("plan", "calendar", "drafts", "2", "details") as? String == "Sanni's details")
    }

    @Test("a step shows what the file holds now, and /save NAME labels the version really on disk")
    func freshStepAndLabel() throws {
        let folder = try makePlan()
        let alex = try LiveProcess(["--lang", "en", "--user", "Alex"], folder: folder)
        #expect(alex.waitFor("Open plan:"))
        let before = try #require(plan(folder)["revision"] as? Int)
        let sanni = try BinaryRunner.run(["--lang", "en", "--user", "Sanni"], input: "/goals\nSanni's core message\n/quit\n", folder: folder)
        #expect(sanni.code == 0, "\(sanni.stderr)")
        let onDisk = try #require(plan(folder)["revision"] as? Int)
        #expect(onDisk > before)
        alex.send("/goals\n")
        #expect(alex.waitFor("core message, in one sentence?"))
        #expect(alex.stdout.contains("Now: Sanni's core message"), "\(alex.stdout)")
        alex.send("/cancel\n")
        #expect(alex.waitFor("Cancelled"))
        // Sanni saves again while Alex is idle; Alex's label goes on her version.
        let again = try BinaryRunner.run(["--lang", "en", "--user", "Sanni"], input: "/goals\nSanni's newer message\n/quit\n", folder: folder)
        #expect(again.code == 0, "\(again.stderr)")
        let latest = try #require(plan(folder)["revision"] as? Int)
        alex.send("/save Board approved\n")
        #expect(alex.waitFor("labelled"))
        alex.send("/quit\n")
        #expect(alex.finish() == 0, "\(alex.stderr)")
        #expect(alex.stdout.contains("Version \(latest) is now labelled “Board approved”"), "\(alex.stdout)")
        #expect(alex.stdout.contains("recorded as version \(latest + 1)."))
        let history = plan(folder)["history"] as? [[String: Any]] ?? []
        let label = history.first { ($0["summary"] as? String)?.contains("Board approved") == true }
        #expect(label?["number"] as? Int == latest + 1)
        #expect(label?["summary"] as? String == "Labelled version \(latest): Board approved")
    }

    @Test("at a terminal, an answer typed while someone else saved another answer to the same question is not saved over it unseen: the step is asked again")
    func answerOverOthersUnseen() throws {
        let folder = try makePlan()
        let alex = try PseudoTerminal(arguments: ["--lang", "en", "--user", "Alex"], folder: folder, environment: BinaryRunner.environment(folder: folder))
        #expect(alex.waitFor("kuulo> "))
        alex.type("/goals\r")
        #expect(alex.waitFor("core message, in one sentence?"))
        let sanni = try BinaryRunner.run(["--lang", "en", "--user", "Sanni"], input: "/goals\nSanni's core message\n/quit\n", folder: folder)
        #expect(sanni.code == 0, "\(sanni.stderr)")
        let mark = alex.mark
        alex.type("Alex's core message\r")
        #expect(alex.waitFor("so what you typed was not saved", after: mark), "\(alex.output[mark...])")
        #expect(alex.waitFor("Now: Sanni's core message", after: mark))
        #expect(plan(folder).at("plan", "organisation", "coreMessage") as? String == "Sanni's core message")
        // Typed again, now knowingly, it replaces hers.
        alex.type("Alex's core message\r")
        #expect(alex.waitFor("What do you want to achieve on social media?"))
        alex.type("/quit\r")
        #expect(alex.waitForExit() == 0)
        #expect(plan(folder).at("plan", "organisation", "coreMessage") as? String == "Alex's core message")
    }

    @Test("piped, the same answer is not refreshed away: the save meets the conflict and stops, setting ours aside")
    func pipedAnswerOverOthers() throws {
        let folder = try makePlan()
        let alex = try LiveProcess(["--lang", "en", "--user", "Alex"], folder: folder)
        alex.send("/goals\n")
        #expect(alex.waitFor("core message, in one sentence?"))
        let sanni = try BinaryRunner.run(["--lang", "en", "--user", "Sanni"], input: "/goals\nSanni's core message\n/quit\n", folder: folder)
        #expect(sanni.code == 0, "\(sanni.stderr)")
        alex.send("Alex's core message\n")
        #expect(alex.finish() == 1)
        #expect(alex.stderr.contains("you both changed: organisation › core message") || alex.stderr.contains("you both changed: organisation › coreMessage"), "\(alex.stderr)")
        #expect(plan(folder).at("plan", "organisation", "coreMessage") as? String == "Sanni's core message")
    }

    @Test("at a terminal, a second chat on the plan says gently that it seems open in another one; markers go at exit, and a killed chat's is removed")
    func openElsewhereHint() throws {
        let folder = try makePlan()
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, 255)
        let machine = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // A chat killed long ago on this machine: its process is gone.
        let stale = folder + "/.kuulo-plan.json.chat-999999"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("\(machine)\n999999\nGhost\n".utf8))
        let environment = BinaryRunner.environment(folder: folder)
        let alex = try PseudoTerminal(arguments: ["--lang", "en", "--user", "Alex"], folder: folder, environment: environment)
        #expect(alex.waitFor("kuulo> "))
        #expect(!alex.output.contains("open in another chat"), "\(alex.output)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        let sanni = try PseudoTerminal(arguments: ["--lang", "fi", "--user", "Sanni"], folder: folder, environment: environment)
        #expect(sanni.waitFor("kuulo> "))
        #expect(sanni.output.contains("Suunnitelma näyttää olevan auki myös toisessa keskustelussa (Alex)."), "\(sanni.output)")
        sanni.type("/lopeta\r")
        #expect(sanni.waitForExit() == 0)
        alex.type("/quit\r")
        #expect(alex.waitForExit() == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".chat-") }
        #expect(left.isEmpty, "\(left)")
    }
}
