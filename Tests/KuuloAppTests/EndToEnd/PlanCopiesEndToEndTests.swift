import Foundation
import Testing

/// Plans written the way Kuulo writes them: a base revision, and one more revision per side.
enum PlanCopies {
    static let organisation = #"{"name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"]}"#

    static func revision(_ number: Int, _ time: String, _ author: String, _ path: String, before: String, after: String) -> String {
        #"{"number": \#(number), "time": "\#(time)", "author": "\#(author)", "summary": "Perustiedot", "changes": [{"path": "\#(path)", "before": "\#(before)", "after": "\#(after)"}]}"#
    }

    /// The base plan (revision 1), or that plan with one more revision setting the organisation's `field`.
    static func plan(setting field: String? = nil, to value: String = "", by author: String = "Aino", at time: String = "2026-12-06T10:00:00+02:00") -> String {
        var organisation: [String: Any] = ["name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"]]
        var history = [#"{"number": 1, "time": "2026-12-01T09:00:00+02:00", "author": "Maija", "summary": "Perustiedot", "changes": [{"path": "/organisation", "after": \#(Self.organisation)}]}"#]
        if let field {
            let before = organisation[field] as? String ?? ""
            organisation[field] = value
            history.append(revision(2, time, author, "/organisation/" + field, before: before, after: value))
        }
        let content = String(decoding: (try? JSONSerialization.data(withJSONObject: organisation, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        return #"{"schemaVersion": 1, "revision": \#(history.count), "plan": {"organisation": \#(content)}, "history": [\#(history.joined(separator: ", "))]}"# + "\n"
    }

    /// A plan started from scratch by `author` (no revision shared with any other), with `shortName`.
    static func fresh(shortName: String, by author: String, at time: String) -> String {
        let organisation = #"{"name": "Kuulolan ylioppilaskunta", "shortName": "\#(shortName)"}"#
        let history = #"{"number": 1, "time": "\#(time)", "author": "\#(author)", "summary": "Perustiedot", "changes": [{"path": "/organisation", "after": \#(organisation)}]}"#
        return #"{"schemaVersion": 1, "revision": 1, "plan": {"organisation": \#(organisation)}, "history": [\#(history)]}"# + "\n"
    }

    /// The base plan with one more revision that makes draft 3 about `topic`.
    static func plan(draft3 topic: String, by author: String, at time: String) -> String {
        let draft = #"{"topic": "\#(topic)", "channels": ["instagram"]}"#
        let base = #"{"number": 1, "time": "2026-12-01T09:00:00+02:00", "author": "Maija", "summary": "Perustiedot", "changes": [{"path": "/organisation", "after": \#(Self.organisation)}]}"#
        let added = #"{"number": 2, "time": "\#(time)", "author": "\#(author)", "summary": "Luonnos 3", "changes": [{"path": "/calendar", "after": {"drafts": {"3": \#(draft)}}}]}"#
        return #"{"schemaVersion": 1, "revision": 2, "plan": {"organisation": \#(Self.organisation), "calendar": {"drafts": {"3": \#(draft)}}}, "history": [\#(base), \#(added)]}"# + "\n"
    }
}

@Suite("End to end: one plan in git on two machines (kuulo plan git-setup, the merge driver)", .serialized)
struct GitMergeEndToEndTests {
    /// Runs git in `folder` with a fixed identity; returns its exit status and output.
    @discardableResult
    func git(_ arguments: [String], in folder: String, home: String) throws -> (code: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["HOME": home, "PATH": "/usr/bin:/bin", "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                               "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A shared bare repository with the base plan, cloned as `a` and `b`, each set up with `kuulo plan git-setup`.
    func twoClones() throws -> (root: String, a: String, b: String) {
        let root = BinaryRunner.makeFolder()
        try git(["init", "-q", "--bare", "-b", "main", root + "/shared.git"], in: root, home: root)
        try git(["clone", "-q", root + "/shared.git", root + "/a"], in: root, home: root)
        let a = root + "/a", b = root + "/b"
        try git(["checkout", "-q", "-b", "main"], in: a, home: root)
        try PlanCopies.plan().write(toFile: a + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let setup = try BinaryRunner.run(["plan", "git-setup", "--lang", "en"], folder: a)
        #expect(setup.code == 0, "\(setup.stderr)")
        #expect(setup.stdout.contains("kuulo-plan.json merge=kuulo"))
        #expect(BinaryRunner.read(a + "/.gitattributes") == "kuulo-plan.json merge=kuulo\n")
        #expect(BinaryRunner.read(a + "/.gitignore").contains(".kuulo-plan.json.lock\n"))
        try git(["add", "-A"], in: a, home: root)
        try git(["commit", "-qm", "plan"], in: a, home: root)
        try git(["push", "-q", "origin", "main"], in: a, home: root)
        try git(["clone", "-q", "-b", "main", root + "/shared.git", b], in: root, home: root)
        #expect(try BinaryRunner.run(["plan", "git-setup"], folder: b).code == 0)
        // Run again: nothing is added twice.
        let again = try BinaryRunner.run(["plan", "git-setup", "--lang", "en"], folder: b)
        #expect(again.stdout.contains(".gitattributes already has the line"))
        #expect(BinaryRunner.read(b + "/.gitattributes") == "kuulo-plan.json merge=kuulo\n")
        return (root, a, b)
    }

    func commit(_ plan: String, in clone: String, root: String) throws {
        try plan.write(toFile: clone + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        try git(["commit", "-qam", "edit"], in: clone, home: root)
    }

    @Test("edits of different fields on two machines merge field by field: both kept, one linear history, numbers unique")
    func differentFields() throws {
        let (root, a, b) = try twoClones()
        try commit(PlanCopies.plan(setting: "name", to: "Kuulolan ylioppilaskunta KYY", by: "Aino", at: "2026-12-06T10:00:00+02:00"), in: a, root: root)
        try git(["push", "-q", "origin", "main"], in: a, home: root)
        try commit(PlanCopies.plan(setting: "shortName", to: "KYY ry", by: "Bertta", at: "2026-12-06T11:00:00+02:00"), in: b, root: root)
        let pull = try git(["pull", "--no-rebase", "-q", "origin", "main"], in: b, home: root)
        #expect(pull.code == 0, "\(pull.output)")
        let merged = BinaryRunner.json(b + "/kuulo-plan.json")
        #expect(merged.at("plan", "organisation", "name") as? String == "Kuulolan ylioppilaskunta KYY")
        #expect(merged.at("plan", "organisation", "shortName") as? String == "KYY ry")
        let history = merged["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["number"] as? Int ?? 0 } == [1, 2, 3])
        #expect(history.map { $0["author"] as? String ?? "" } == ["Maija", "Aino", "Bertta"])
        #expect(merged["revision"] as? Int == 3)
        #expect(merged["mergeConflicts"] == nil)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: b).code == 0)
        // The merge goes back to the first machine as a fast-forward, and a later merge adds nothing twice.
        try git(["push", "-q", "origin", "main"], in: b, home: root)
        try commit(PlanCopies.plan(setting: "name", to: "Kuulolan ylioppilaskunta KYY", by: "Aino", at: "2026-12-06T10:00:00+02:00"), in: a, root: root)
        #expect(try git(["pull", "--no-rebase", "-q", "origin", "main"], in: a, home: root).code == 0)
        let back = BinaryRunner.json(a + "/kuulo-plan.json")
        #expect((back["history"] as? [Any])?.count == 3)
        #expect(try git(["status", "--porcelain"], in: b, home: root).output.isEmpty)
    }

    @Test("the same field changed on two machines: git reports a conflict, the plan stays readable with the conflict recorded, and the chat settles it")
    func sameField() throws {
        let (root, a, b) = try twoClones()
        try commit(PlanCopies.plan(setting: "name", to: "Aino's name", by: "Aino"), in: a, root: root)
        try git(["push", "-q", "origin", "main"], in: a, home: root)
        try commit(PlanCopies.plan(setting: "name", to: "Bertta's name", by: "Bertta", at: "2026-12-06T11:00:00+02:00"), in: b, root: root)
        let pull = try git(["pull", "--no-rebase", "origin", "main"], in: b, home: root)
        #expect(pull.code != 0)
        #expect(pull.output.contains("CONFLICT"))
        #expect(pull.output.contains("organisation › name"), "the driver names the field in words: \(pull.output)")
        let recorded = BinaryRunner.json(b + "/kuulo-plan.json")
        #expect(recorded.at("plan", "organisation", "name") as? String == "Bertta's name", "the file keeps this machine's value")
        let conflicts = recorded["mergeConflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.count == 1)
        #expect(conflicts.first?["theirs"] as? String == "Aino's name")
        #expect(conflicts.first?["origin"] as? String == "git")
        #expect(try BinaryRunner.run(["plan", "validate"], folder: b).code == 0)

        let chat = try BinaryRunner.run(["--lang", "en"], input: "t\n", folder: b, environment: ["KUULO_USER": "Bertta"])
        #expect(chat.code == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("another copy of this plan (git)"))
        #expect(chat.stdout.contains("Conflicts settled"))
        let settled = BinaryRunner.json(b + "/kuulo-plan.json")
        #expect(settled.at("plan", "organisation", "name") as? String == "Aino's name")
        #expect(settled["mergeConflicts"] == nil)
        #expect(try git(["add", "kuulo-plan.json"], in: b, home: root).code == 0)
        #expect(try git(["commit", "-qm", "merged"], in: b, home: root).code == 0)
    }
}

@Suite("End to end: copies with no shared history, and the same record made twice, under git", .serialized)
struct GitMergeLeftoversEndToEndTests {
    let git = GitMergeEndToEndTests()

    @Test("two trustees who each started the plan from scratch: git merges them field by field with no base, says so, and every differing field is a conflict the chat settles")
    func unrelatedStarts() throws {
        let root = BinaryRunner.makeFolder()
        let a = root + "/a", b = root + "/b"
        for (clone, shortName, author, time) in [(a, "KYY", "Aino", "2026-12-01T09:00:00+02:00"), (b, "KYY ry", "Bertta", "2026-12-02T09:00:00+02:00")] {
            try FileManager.default.createDirectory(atPath: clone, withIntermediateDirectories: true)
            try git.git(["init", "-q", "-b", "main"], in: clone, home: root)
            try PlanCopies.fresh(shortName: shortName, by: author, at: time).write(toFile: clone + "/kuulo-plan.json", atomically: true, encoding: .utf8)
            #expect(try BinaryRunner.run(["plan", "git-setup"], folder: clone).code == 0)
            try git.git(["add", "-A"], in: clone, home: root)
            try git.git(["commit", "-qm", "plan"], in: clone, home: root)
        }
        let pull = try git.git(["pull", "--no-rebase", "--allow-unrelated-histories", a, "main"], in: b, home: root)
        #expect(pull.code != 0, "\(pull.output)")
        #expect(pull.output.contains("share no version"), "the driver says the copies had no common base: \(pull.output)")
        let recorded = BinaryRunner.json(b + "/kuulo-plan.json")
        let conflicts = recorded["mergeConflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.map { $0["path"] as? String ?? "" } == ["/organisation/shortName"], "the same name is no conflict")
        #expect((recorded["history"] as? [[String: Any]])?.map { $0["author"] as? String ?? "" } == ["Aino", "Bertta"])
        #expect(try BinaryRunner.run(["plan", "validate"], folder: b).code == 0)
        let chat = try BinaryRunner.run(["--lang", "en"], input: "t\n", folder: b, environment: ["KUULO_USER": "Bertta"])
        #expect(chat.code == 0, "\(chat.stderr)")
        #expect(BinaryRunner.json(b + "/kuulo-plan.json").at("plan", "organisation", "shortName") as? String == "KYY")
        #expect(try git.git(["add", "kuulo-plan.json"], in: b, home: root).code == 0)
        #expect(try git.git(["commit", "-qm", "merged"], in: b, home: root).code == 0)
    }

    @Test("draft 3 made on both machines is a conflict on that draft, named in words, neither renumbered nor dropped")
    func sameDraftTwice() throws {
        let (root, a, b) = try git.twoClones()
        try git.commit(PlanCopies.plan(draft3: "Vappu", by: "Aino", at: "2026-12-06T10:00:00+02:00"), in: a, root: root)
        try git.git(["push", "-q", "origin", "main"], in: a, home: root)
        try git.commit(PlanCopies.plan(draft3: "Sitsit", by: "Bertta", at: "2026-12-06T11:00:00+02:00"), in: b, root: root)
        let pull = try git.git(["pull", "--no-rebase", "origin", "main"], in: b, home: root)
        #expect(pull.code != 0)
        #expect(pull.output.contains("calendar › drafts › 3"), "\(pull.output)")
        let recorded = BinaryRunner.json(b + "/kuulo-plan.json")
        #expect(recorded.at("plan", "calendar", "drafts", "3", "topic") as? String == "Sitsit")
        #expect((recorded.at("plan", "calendar", "drafts") as? [String: Any])?.keys.sorted() == ["3"], "nothing renumbered")
        let conflicts = recorded["mergeConflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.map { $0["path"] as? String ?? "" } == ["/calendar/drafts/3"])
        let chat = try BinaryRunner.run(["--lang", "en"], input: "t\n", folder: b, environment: ["KUULO_USER": "Bertta"])
        #expect(chat.stdout.contains("Content calendar › 3"), "the chat names the draft: \(chat.stdout)")
        #expect(chat.stdout.contains("Vappu") && chat.stdout.contains("Sitsit") && !chat.stdout.contains("\"topic\""), "both drafts shown in words: \(chat.stdout)")
        #expect(BinaryRunner.json(b + "/kuulo-plan.json").at("plan", "calendar", "drafts", "3", "topic") as? String == "Vappu")
    }
}

@Suite("End to end: conflict copies that syncing tools leave beside the plan")
struct SyncCopiesEndToEndTests {
    @Test("Syncthing's, Dropbox's, Nextcloud's and OneDrive's conflict copies are merged at start and moved aside; others are left alone",
          arguments: ["kuulo-plan.sync-conflict-20261206-160102-ABCDEFG.json", "kuulo-plan (Bertta's conflicted copy 2026-12-06).json",
                      "kuulo-plan (conflicted copy 2026-12-06 160102).json", "kuulo-plan-BERTTAN-LAPTOP.json"])
    func copyMerged(copyName: String) throws {
        let folder = BinaryRunner.makeFolder()
        try PlanCopies.plan(setting: "name", to: "Aino's name", by: "Aino").write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        try PlanCopies.plan(setting: "shortName", to: "KYY ry", by: "Bertta", at: "2026-12-06T11:00:00+02:00")
            .write(toFile: folder + "/" + copyName, atomically: true, encoding: .utf8)
        try "not a plan".write(toFile: folder + "/kuulo-plan-2025.json", atomically: true, encoding: .utf8)
        let chat = try BinaryRunner.run(["--lang", "en"], input: "", folder: folder, environment: ["KUULO_USER": "Aino"])
        #expect(chat.code == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("merged into the plan"), "\(chat.stdout)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Aino's name")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "KYY ry")
        #expect((plan["history"] as? [[String: Any]])?.map { $0["author"] as? String ?? "" } == ["Maija", "Aino", "Bertta"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + copyName))
        #expect(FileManager.default.fileExists(atPath: folder + "/" + copyName + ".merged"))
        #expect(BinaryRunner.read(folder + "/kuulo-plan-2025.json") == "not a plan", "a file that is not a copy of the plan is not touched")
    }

    @Test("a copy that changed the same field is recorded as a conflict, asked about at once, and moved aside; nothing is lost")
    func copyConflict() throws {
        let folder = BinaryRunner.makeFolder()
        try PlanCopies.plan(setting: "name", to: "Aino's name", by: "Aino").write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let copy = folder + "/kuulo-plan.sync-conflict-20261206-160102-ABCDEFG.json"
        try PlanCopies.plan(setting: "name", to: "Bertta's name", by: "Bertta", at: "2026-12-06T11:00:00+02:00").write(toFile: copy, atomically: true, encoding: .utf8)
        let chat = try BinaryRunner.run(["--lang", "fi"], input: "o\n", folder: folder, environment: ["KUULO_USER": "Aino"])
        #expect(chat.code == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("Suunnitelmasta oli toinenkin kopio (kuulo-plan.sync-conflict-20261206-160102-ABCDEFG.json)"), "\(chat.stdout)")
        #expect(chat.stdout.contains("Bertta's name") && !chat.stdout.contains("\"Bertta's name\""), "a value in words, not JSON")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Aino's name")
        #expect(plan["mergeConflicts"] == nil)
        #expect(FileManager.default.fileExists(atPath: copy + ".merged"))
    }

    @Test("a copy of the same organisation's plan started from scratch elsewhere is merged with no base, and the trustee is told so and asked")
    func copyWithoutSharedHistory() throws {
        let folder = BinaryRunner.makeFolder()
        try PlanCopies.fresh(shortName: "KYY", by: "Aino", at: "2026-12-01T09:00:00+02:00").write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let copy = folder + "/kuulo-plan.sync-conflict-20261206-160102-ABCDEFG.json"
        try PlanCopies.fresh(shortName: "KYY ry", by: "Bertta", at: "2026-12-02T09:00:00+02:00").write(toFile: copy, atomically: true, encoding: .utf8)
        let chat = try BinaryRunner.run(["--lang", "fi"], input: "t\n", folder: folder, environment: ["KUULO_USER": "Aino"])
        #expect(chat.code == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("ei ollut yhteistä versiota"), "\(chat.stdout)")
        #expect(chat.stdout.contains("KYY ry"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "KYY ry")
        #expect(plan["mergeConflicts"] == nil)
        #expect(FileManager.default.fileExists(atPath: copy + ".merged"))
    }

    @Test("a conflict copy of some other plan is reported and left as it is")
    func unrelatedCopy() throws {
        let folder = BinaryRunner.makeFolder()
        try PlanCopies.plan(setting: "name", to: "Aino's name").write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let other = #"{"schemaVersion": 1, "revision": 1, "plan": {"organisation": {"name": "Muu"}}, "history": [{"number": 1, "time": "2026-01-01T09:00:00+02:00", "author": "X", "summary": "S", "changes": [{"path": "/organisation", "after": {"name": "Muu"}}]}]}"#
        let copy = folder + "/kuulo-plan (conflicted copy 2026-12-06 160102).json"
        try other.write(toFile: copy, atomically: true, encoding: .utf8)
        let chat = try BinaryRunner.run(["--lang", "en"], input: "", folder: folder, environment: ["KUULO_USER": "Aino"])
        #expect(chat.stdout.contains("is not a copy of this plan"))
        #expect(BinaryRunner.read(copy) == other)
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "organisation", "name") as? String == "Aino's name")
    }
}
