import Foundation
import Testing

/// Odd plan paths, read-only plans, nesting depth and planted temporary names.
@Suite("End to end: the plan path is used safely", .serialized)
struct PlanPathSafetyTests {
    /// A plan with a name and one trustee.
    func makePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        return folder
    }

    /// Runs the binary, killing it if it has not finished in 20 s; `nil` then (a hang).
    func runBounded(_ arguments: [String], input: String = "", folder: String) throws -> BinaryRunner.Result? {
        try BinaryRunner.runBounded(arguments, input: input, folder: folder, seconds: 20)
    }

    func isSymlink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    func folderEntries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a symlinked plan is written through the link, which stays a link")
    func symlinkWrittenThrough() throws {
        let folder = try makePlan()
        let shared = folder + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/kuulo-plan.json", toPath: shared + "/real-plan.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/kuulo-plan.json", withDestinationPath: "shared/real-plan.json")
        let result = try BinaryRunner.run(["--lang", "en"], input: PipedInput.rerunSetup(["name": ["Linked Name"]], until: "shortName", user: "Maija", folder: folder, then: ["/quit"]), folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(isSymlink(folder + "/kuulo-plan.json"))
        #expect(BinaryRunner.json(shared + "/real-plan.json").at("plan", "organisation", "name") as? String == "Linked Name")
        #expect(!folderEntries(shared).contains { $0.contains("kuulo-tmp") })
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
    }

    @Test("a FIFO, a device, a folder and a broken link are refused with a clear message and no hang", arguments: [
        ("fifo", "a named pipe (FIFO)", 74),
        ("device", "a device", 74),
        ("folder", "a folder", 74),
        ("broken link", "points to a file that does not exist", 66),
    ] as [(String, String, Int32)])
    func notRegular(kind: String, words: String, code: Int32) throws {
        let folder = BinaryRunner.makeFolder()
        let path = folder + "/kuulo-plan.json"
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o600) == 0)
        case "device": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case "folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        default: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder + "/nowhere.json")
        }
        for arguments in [["plan", "validate", "--lang", "en"], ["--lang", "en"], ["plan", "restore", "1", "--lang", "en"]] {
            let result = try #require(try runBounded(arguments, input: PipedInput.namingOrganisation("Org", then: ["/quit"]), folder: folder), "\(arguments) hung")
            #expect(result.code == code, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(words), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.json"))
    }

    @Test("a read-only plan is refused with a message and left as it was")
    func readOnlyPlan() throws {
        let folder = try makePlan()
        let path = folder + "/kuulo-plan.json"
        #expect(try BinaryRunner.run(["--lang", "en"], input: PipedInput.rerunSetup(["name": ["Second Name"]], until: "shortName", user: "Maija", folder: folder, then: ["/quit"]), folder: folder).code == 0)
        #expect(chmod(path, 0o400) == 0)
        let before = BinaryRunner.read(path)
        let chat = try BinaryRunner.run(["--lang", "en"], input: PipedInput.rerunSetup(["name": ["Changed"]], until: "shortName", user: "Maija", folder: folder, then: ["/quit"]), folder: folder)
        #expect(chat.code == 74)
        #expect(chat.stderr.contains("the plan file is read-only, so Kuulo did not change it"), "\(chat.stderr)")
        // The answer typed before the refusal is kept beside the plan.
        let aside = try #require(folderEntries(folder).first { $0.hasPrefix("kuulo-plan.json.unsaved-") })
        #expect(chat.stderr.contains(aside))
        #expect(BinaryRunner.read(folder + "/" + aside).contains("Changed"))
        #expect(BinaryRunner.mode(folder + "/" + aside) == 0o600)
        let restore = try BinaryRunner.run(["plan", "restore", "1", "--lang", "fi"], folder: folder)
        #expect(restore.code == 74)
        #expect(restore.stderr.contains("suunnitelmatiedostoon ei saa kirjoittaa"), "\(restore.stderr)")
        #expect(BinaryRunner.read(path) == before)
        #expect(BinaryRunner.mode(path) == 0o400)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
    }

    static let organisation = "{\"name\": \"Deep\", \"languages\": [\"en\"]}"

    /// `levels` nested arrays.
    func nested(_ levels: Int) -> String {
        String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
    }

    /// One history entry with the given changes (JSON texts).
    func revision(_ number: Int, _ changes: [String]) -> String {
        "{\"number\": \(number), \"time\": \"2026-11-25T10:00:00Z\", \"author\": \"A\", \"summary\": \"s\", \"changes\": [\(changes.joined(separator: ", "))]}"
    }

    /// A plan file with `content` and the given history entries.
    func planFile(content: String, history: [String]) -> String {
        "{\"schemaVersion\": 1, \"revision\": \(history.count), \"plan\": \(content), \"history\": [\(history.joined(separator: ", "))]}\n"
    }

    /// A plan whose content holds `levels` nested arrays at `/x`, recorded in revision 2 when `recorded`.
    func deepPlan(levels: Int, recorded: Bool) -> String {
        var history = [revision(1, ["{\"path\": \"/organisation\", \"after\": \(Self.organisation)}"])]
        if recorded { history.append(revision(2, ["{\"path\": \"/x\", \"after\": \(nested(levels))}"])) }
        return planFile(content: "{\"organisation\": \(Self.organisation), \"x\": \(nested(levels))}", history: history)
    }

    @Test("content as deep as a revision can still record is saved, and the file reads back")
    func deepButWritable() throws {
        let folder = BinaryRunner.makeFolder()
        let path = folder + "/kuulo-plan.json"
        // 507 arrays under /x: the content is 508 levels deep, the revision that removes it 512.
        try deepPlan(levels: 507, recorded: true).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
        let chat = try BinaryRunner.run(["--lang", "en", "--user", "B"], input: PipedInput.rerunSetup(["name": ["Deeper"]], until: "shortName", user: "B", folder: folder, then: ["/quit"]), folder: folder)
        #expect(chat.code == 0, "\(chat.stderr)")
        let restore = try BinaryRunner.run(["plan", "restore", "1", "--lang", "en"], folder: folder)
        #expect(restore.code == 0, "\(restore.stderr)")
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
    }

    @Test("content deeper than a revision could record is refused on reading, before any work is typed")
    func tooDeepToRecord() throws {
        let folder = BinaryRunner.makeFolder()
        let path = folder + "/kuulo-plan.json"
        try deepPlan(levels: 508, recorded: false).write(toFile: path, atomically: true, encoding: .utf8)
        let before = BinaryRunner.read(path)
        let validate = try BinaryRunner.run(["plan", "validate", "--lang", "en"], folder: folder)
        #expect(validate.code == 65)
        #expect(validate.stderr.contains("$.plan: expected at most 508 levels of nesting, found 509 levels"), "\(validate.stderr)")
        let chat = try BinaryRunner.run(["--lang", "en"], input: PipedInput.rerunSetup(["name": ["Name"]], until: "shortName", user: nil, folder: folder, then: ["/quit"]), folder: folder)
        #expect(chat.code == 65)
        #expect(BinaryRunner.read(path) == before)
    }

    @Test("a restore that would nest deeper than the reader accepts is refused and writes nothing")
    func restoreTooDeep() throws {
        let folder = BinaryRunner.makeFolder()
        let path = folder + "/kuulo-plan.json"
        // Revision 2 put 507 arrays at /a/b/c/d (its history entry is 512 levels deep, which reads);
        // revision 3 made /a a string. Restoring 2 records /a as a whole: 515 levels.
        let history = [
            revision(1, ["{\"path\": \"/organisation\", \"after\": \(Self.organisation)}"]),
            revision(2, ["{\"path\": \"/a/b/c/d\", \"after\": \(nested(507))}"]),
            revision(3, ["{\"path\": \"/a\", \"after\": \"gone\"}"]),
        ]
        try planFile(content: "{\"organisation\": \(Self.organisation), \"a\": \"gone\"}", history: history).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
        let before = BinaryRunner.read(path)
        let restore = try BinaryRunner.run(["plan", "restore", "2", "--lang", "en"], folder: folder)
        #expect(restore.code == 65)
        #expect(restore.stderr.contains("more than 508 levels deep"), "\(restore.stderr)")
        #expect(BinaryRunner.read(path) == before)
        #expect(!folderEntries(folder).contains { $0.contains("kuulo-tmp") })
    }

    @Test("a symlink planted at 0.1.0's predictable temporary name is not followed")
    func plantedTemporaryName() throws {
        let folder = try makePlan()
        let victim = folder + "/victim.txt"
        try "precious data\n".write(toFile: victim, atomically: true, encoding: .utf8)
        #expect(chmod(victim, 0o644) == 0)
        let session = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        let planted = folder + "/.kuulo-plan.json.tmp-\(session.process.processIdentifier)"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        session.send(PipedInput.rerunSetup(["name": ["Hijack Test"]], until: "shortName", user: "Maija", folder: folder, then: ["/quit"]))
        #expect(session.finish() == 0)
        #expect(BinaryRunner.read(victim) == "precious data\n")
        #expect(BinaryRunner.mode(victim) == 0o644)
        #expect(isSymlink(planted))
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "organisation", "name") as? String == "Hijack Test")
    }

    @Test("commands that only read the plan create no file beside it")
    func readingLeavesNoTrace() throws {
        let source = try makePlan()
        let folder = BinaryRunner.makeFolder()
        try FileManager.default.copyItem(atPath: source + "/kuulo-plan.json", toPath: folder + "/kuulo-plan.json")
        for arguments in [["plan", "validate"], ["plan", "show"], ["plan", "log"], ["plan", "export", "--format", "markdown"], ["plan", "asides"]] {
            #expect(try BinaryRunner.run(arguments, folder: folder).code == 0, "\(arguments)")
        }
        #expect(folderEntries(folder) == ["kuulo-plan.json"])
    }

    @Test("the next start removes Kuulo's own leftovers by their exact name and nothing else")
    func leftoversByExactName() throws {
        let folder = try makePlan()
        let victim = folder + "/victim.txt"
        try "precious data\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let ours = [".kuulo-plan.json.kuulo-tmp-a1B2c3D4e5F6", ".kuulo-plan.json.tmp-999999999"]
        let others = [".kuulo-plan.json.kuulo-tmp-short", ".kuulo-plan.json.kuulo-tmp-a1B2c3D4e5F6.bak", ".other.json.kuulo-tmp-a1B2c3D4e5F6",
                      "notes.txt", ".kuulo-plan.json.tmp-12ab"]
        for name in ours + others { try "copy\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let link = folder + "/.kuulo-plan.json.kuulo-tmp-Z9y8X7w6V5u4"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
        let entries = folderEntries(folder)
        for name in ours { #expect(!entries.contains(name), "\(name) should be gone") }
        for name in others { #expect(entries.contains(name), "\(name) should stay") }
        #expect(isSymlink(link))
        #expect(BinaryRunner.read(victim) == "precious data\n")
    }

    /// Sets a file's (or a link's own) modification time an hour back, as a killed session's file would be.
    func makeOld(_ path: String) {
        var times = [timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW) == 0, "\(path)")
    }

    @Test("a chat start cleans up what killed sessions left, by exact name: the plan's temporary files, stale user-name and line-history ones; never others' files, fresh ones, links or look-alikes")
    func chatStartCleanUp() throws {
        let folder = try makePlan()
        let state = folder + "/state/kuulo"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let victim = folder + "/victim.txt"
        try "precious data\n".write(toFile: victim, atomically: true, encoding: .utf8)
        func plant(_ names: [String], in place: String, old: Bool) throws {
            for name in names {
                try "copy\n".write(toFile: place + "/" + name, atomically: false, encoding: .utf8)
                if old { makeOld(place + "/" + name) }
            }
        }
        // Removed: the plan's leftovers whatever their age (under the plan's lock), and the user-name and
        // line-history files' leftovers once they are a minute old.
        let planLeftovers = [".kuulo-plan.json.kuulo-tmp-a1B2c3D4e5F6", ".kuulo-plan.json.tmp-999999999"]
        // (0.1.0 named its temporary files `.<name>.tmp-<pid>`: one whose process is gone is a leftover too.)
        let staleLeftovers = [".user.kuulo-tmp-Aa1Bb2Cc3Dd4", ".history.kuulo-tmp-Ee5Ff6Gg7Hh8", ".history.tmp-999999999"]
        try plant(planLeftovers, in: folder, old: false)
        try plant(staleLeftovers, in: state, old: true)
        // Kept: a session may be between writing and renaming these fresh ones, and the rest are not Kuulo's.
        let fresh = [".user.kuulo-tmp-FRESHfresh12", ".history.kuulo-tmp-FRESHfresh34"]
        let stateLookAlikes = [".history.kuulo-tmp-short", ".user.kuulo-tmp-Aa1Bb2Cc3Dd4.bak", "history.kuulo-tmp-Ee5Ff6Gg7Hh8",
                               ".other.kuulo-tmp-Ee5Ff6Gg7Hh8", ".history.tmp-12ab", "notes.txt"]
        let planLookAlikes = [".kuulo-plan.json.kuulo-tmp-short", ".kuulo-plan.json.kuulo-tmp-a1B2c3D4e5F6.bak", ".other.json.kuulo-tmp-a1B2c3D4e5F6",
                              ".kuulo-plan.json.tmp-12ab", "notes.txt"]
        try plant(fresh, in: state, old: false)
        try plant(stateLookAlikes, in: state, old: true)
        try plant(planLookAlikes, in: folder, old: false)
        let links = [state + "/.history.kuulo-tmp-LINKlink1234", folder + "/.kuulo-plan.json.kuulo-tmp-LINKlink5678"]
        for link in links {
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
            makeOld(link)
        }
        // Another user's file at an exact name (only root can make one).
        var othersFiles: [String] = []
        if getuid() == 0 {
            othersFiles = [state + "/.user.kuulo-tmp-OTHERother12", folder + "/.kuulo-plan.json.kuulo-tmp-OTHERother34"]
            for path in othersFiles {
                try "theirs\n".write(toFile: path, atomically: false, encoding: .utf8)
                #expect(chown(path, 65_534, 65_534) == 0)
                makeOld(path)
            }
        }

        let chat = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: "/quit\n", folder: folder)
        #expect(chat.code == 0, "\(chat.stderr)")

        let planEntries = folderEntries(folder)
        let stateEntries = folderEntries(state)
        for name in planLeftovers { #expect(!planEntries.contains(name), "\(name) should be gone") }
        for name in staleLeftovers { #expect(!stateEntries.contains(name), "\(name) should be gone") }
        for name in fresh + stateLookAlikes { #expect(stateEntries.contains(name), "\(name) should stay") }
        for name in planLookAlikes { #expect(planEntries.contains(name), "\(name) should stay") }
        for path in links + othersFiles {
            #expect(FileManager.default.fileExists(atPath: path) || isSymlink(path), "\(path) should stay")
        }
        for link in links { #expect(isSymlink(link)) }
        #expect(BinaryRunner.read(victim) == "precious data\n")
        #expect(BinaryRunner.read(state + "/user") == "Maija\n")
    }
}
