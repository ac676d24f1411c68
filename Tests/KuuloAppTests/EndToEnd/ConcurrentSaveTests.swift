import Foundation
import Testing

@Suite("End to end: two sessions on one plan", .serialized)
struct ConcurrentSaveTests {
    func makePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        return folder
    }

    @Test("changes to different fields are merged and nothing is lost")
    func merge() throws {
        let folder = try makePlan()
        let maija = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        var typed = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json")
        typed.send("/setup")
        maija.send(typed.newText())
        #expect(maija.waitFor(SetupQuestions.name))
        typed.answer(["name": ["New Name"]], until: "shortName")
        maija.send(typed.newText())
        #expect(maija.waitFor(SetupQuestions.shortName))
        let pekkaInput = PipedInput.rerunSetup(["shortName": ["PK"]], until: "kind", user: "Pekka", folder: folder, then: ["/quit"])
        let pekka = try BinaryRunner.run(["--lang", "en", "--user", "Pekka"], input: pekkaInput, folder: folder)
        #expect(pekka.code == 0)
        typed.answer(["kind": ["3"]], until: "languages")
        maija.send(typed.newText())
        #expect(maija.waitFor(SetupQuestions.languages))
        maija.send("/quit\n")
        #expect(maija.finish() == 0)
        // Pekka's save is taken in before Maija's next answer (or merged with it on saving).
        #expect(maija.stdout.contains("Someone else saved the plan meanwhile") || maija.stdout.contains("your changes were merged with it"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "New Name")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "PK")
        #expect(plan.at("plan", "organisation", "kind") as? String == "association")
        let authors = (plan["history"] as? [[String: Any]])?.compactMap { $0["author"] as? String }
        #expect(authors?.contains("Pekka") == true)
        #expect(authors?.last == "Maija")
    }

    @Test("a true conflict, not interactive: exit 1 naming the field in words, the other's work kept, ours set aside (0600) and listed by plan asides")
    func conflict() throws {
        let folder = try makePlan()
        let maija = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        var typed = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json")
        typed.send("/setup")
        maija.send(typed.newText())
        #expect(maija.waitFor(SetupQuestions.name))
        let pekkaInput = PipedInput.rerunSetup(["name": ["Pekka's Name"]], until: "shortName", user: "Pekka", folder: folder, then: ["/quit"])
        let pekka = try BinaryRunner.run(["--lang", "en", "--user", "Pekka"], input: pekkaInput, folder: folder)
        #expect(pekka.code == 0)
        let before = BinaryRunner.read(folder + "/kuulo-plan.json")
        typed.answer(["name": ["Maija's Name"]], until: "shortName")
        maija.send(typed.newText())
        let code = maija.finish()
        #expect(code == 1)
        #expect(maija.stderr.contains("someone else saved this plan meanwhile, and you both changed: organisation › name"))
        #expect(BinaryRunner.read(folder + "/kuulo-plan.json") == before)
        let asides = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".unsaved-") }
        #expect(asides.count == 1)
        let aside = try #require(asides.first)
        #expect(BinaryRunner.read(folder + "/" + aside).contains("Maija's Name"))
        #expect(maija.stderr.contains(aside))
        #expect(BinaryRunner.mode(folder + "/" + aside) == 0o600)
        // plan asides lists the copy; --remove removes it.
        let listed = try BinaryRunner.run(["plan", "asides", "--lang", "en"], folder: folder)
        #expect(listed.code == 0)
        #expect(listed.stdout.contains(aside))
        let removed = try BinaryRunner.run(["plan", "asides", "--remove", "--lang", "fi"], folder: folder)
        #expect(removed.code == 0)
        #expect(removed.stdout.contains("Poistettiin yksi sivuun tallennettu kopio."))
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + aside))
        #expect(try BinaryRunner.run(["plan", "asides", "--lang", "en"], folder: folder).stdout.contains("No set-aside copies"))
    }

    @Test("SIGTERM saves what was answered and exits")
    func terminate() throws {
        let folder = BinaryRunner.makeFolder()
        let session = try LiveProcess(["--lang", "en"], folder: folder)
        #expect(session.waitFor(SetupQuestions.name))
        var typed = PipedInput(language: .en)
        typed.answer(["name": ["Signal Org"]], until: "shortName")
        session.send(typed.text)
        #expect(session.waitFor(SetupQuestions.shortName))
        let code = session.signal(SIGTERM)
        #expect(code == 128 + SIGTERM)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Signal Org")
        #expect(plan["revision"] as? Int == 1)
    }

    // MARK: - Many real processes at once

    /// What went wrong over a run of concurrent rounds; every count should be 0.
    struct Tally: Equatable {
        /// Sessions that exited 0 but whose last value is not in the plan.
        var lostUpdates = 0
        /// Sessions refused with a conflict although nobody else touched their field.
        var falseConflicts = 0
        /// Sessions that ended with any other exit code.
        var otherFailures = 0
        /// Revisions whose changes touch another session's fields.
        var wrongAuthors = 0
        /// Values a session typed that no revision of that session records.
        var unrecordedValues = 0
        /// Plans `kuulo plan validate` refused after a round.
        var invalidPlans = 0
        /// Temporary files left in the folder after a round.
        var leftoverFiles = 0
    }

    /// Starts `kuulo ARGUMENTS` with `input` on standard input, without waiting.
    func start(_ arguments: [String], input: String, folder: String) throws -> (process: Process, errPath: String) {
        let inputPath = folder + "/.stdin-" + UUID().uuidString
        let errPath = folder + "/.stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8))
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = BinaryRunner.environment(folder: folder)
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        return (process, errPath)
    }

    /// `sessions` processes start together, `rounds` times, on one plan; session i runs `flows`
    /// `/setup` flows that each set its own trustee role (`/trustees/user-i/role`) and nothing else.
    func differentFields(sessions: Int, rounds: Int, flows: Int) throws -> Tally {
        let folder = try makePlan()
        let plan = folder + "/kuulo-plan.json"
        var tally = Tally()
        for round in 0..<rounds {
            var running: [(index: Int, process: Process, errPath: String)] = []
            for index in 0..<sessions {
                var input = ""
                for flow in 0..<flows {
                    input += PipedInput.rerunSetup(["userName": ["User \(index)"], "userRole": ["role-\(index)-\(round)-\(flow)"]], user: "User \(index)", folder: folder)
                }
                let started = try start(["--lang", "en", "--user", "User \(index)"], input: input, folder: folder)
                running.append((index, started.process, started.errPath))
            }
            for session in running {
                session.process.waitUntilExit()
                let stderr = BinaryRunner.read(session.errPath)
                if session.process.terminationStatus == 1, stderr.contains("someone else saved this plan") {
                    tally.falseConflicts += 1
                } else if session.process.terminationStatus != 0 {
                    tally.otherFailures += 1
                }
                try? FileManager.default.removeItem(atPath: session.errPath)
            }
            let json = BinaryRunner.json(plan)
            for index in 0..<sessions where json.at("plan", "trustees", "user-\(index)", "role") as? String != "role-\(index)-\(round)-\(flows - 1)" {
                tally.lostUpdates += 1
            }
            let history = json["history"] as? [[String: Any]] ?? []
            for index in 0..<sessions {
                let own = history.filter { $0["author"] as? String == "User \(index)" }
                let changes = own.flatMap { $0["changes"] as? [[String: Any]] ?? [] }
                tally.wrongAuthors += changes.filter { ($0["path"] as? String)?.hasPrefix("/trustees/user-\(index)") != true }.count
                let recorded = Set(changes.compactMap { ($0["after"] as? [String: Any])?["role"] as? String ?? $0["after"] as? String })
                tally.unrecordedValues += (0..<flows).filter { !recorded.contains("role-\(index)-\(round)-\($0)") }.count
            }
            if try BinaryRunner.run(["plan", "validate"], folder: folder).code != 0 { tally.invalidPlans += 1 }
            tally.leftoverFiles += Self.temporaryFiles(in: folder).count
        }
        return tally
    }

    /// Kuulo's temporary files for the plan (this version's and 0.1.0's names).
    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasPrefix(".kuulo-plan.json.kuulo-tmp-") || $0.hasPrefix(".kuulo-plan.json.tmp-")
        }
    }

    /// `sessions` processes start together, `rounds` times; each sets the organisation's name to its
    /// own value. Returns the sessions whose value vanished without a trace although they exited 0 (a
    /// value counts as knowingly replaced when a later revision by someone else has it as `before`),
    /// refusals that did not name the field, and revisions recording someone else's value.
    func sameField(sessions: Int, rounds: Int) throws -> (silentLosses: Int, unclearRefusals: Int, wrongAuthors: Int, refusals: Int) {
        let folder = try makePlan()
        var result = (silentLosses: 0, unclearRefusals: 0, wrongAuthors: 0, refusals: 0)
        for round in 0..<rounds {
            var running: [(index: Int, process: Process, errPath: String)] = []
            for index in 0..<sessions {
                let input = PipedInput.rerunSetup(["name": ["Name \(round)-\(index)"]], until: "shortName", user: "User \(index)", folder: folder, then: ["/quit"])
                let started = try start(["--lang", "en", "--user", "User \(index)"], input: input, folder: folder)
                running.append((index, started.process, started.errPath))
            }
            var saved: [Int] = []
            for session in running {
                session.process.waitUntilExit()
                let stderr = BinaryRunner.read(session.errPath)
                if session.process.terminationStatus == 0 {
                    saved.append(session.index)
                } else {
                    result.refusals += 1
                    if !(session.process.terminationStatus == 1 && stderr.contains("you both changed: organisation › name") && stderr.contains(".unsaved-")) {
                        result.unclearRefusals += 1
                    }
                }
                try? FileManager.default.removeItem(atPath: session.errPath)
            }
            let json = BinaryRunner.json(folder + "/kuulo-plan.json")
            let history = json["history"] as? [[String: Any]] ?? []
            let nameChanges = history.flatMap { entry in
                (entry["changes"] as? [[String: Any]] ?? []).filter { $0["path"] as? String == "/organisation/name" }.map { (entry["author"] as? String ?? "", $0) }
            }
            for index in saved {
                let value = "Name \(round)-\(index)"
                let isFinal = json.at("plan", "organisation", "name") as? String == value
                let replacedKnowingly = nameChanges.contains { $0.0 != "User \(index)" && $0.1["before"] as? String == value }
                if !isFinal && !replacedKnowingly { result.silentLosses += 1 }
            }
            result.wrongAuthors += nameChanges.filter { author, change in
                guard let after = change["after"] as? String, after.hasPrefix("Name \(round)-") else { return false }
                return author != "User " + (after.split(separator: "-").last.map(String.init) ?? "")
            }.count
        }
        return result
    }

    @Test("two and five processes changing the same field: no silent loss, every refusal names the field, authors right", arguments: [(2, 10), (5, 4)])
    func sameFieldProcesses(sessions: Int, rounds: Int) throws {
        let result = try sameField(sessions: sessions, rounds: rounds)
        #expect(result.silentLosses == 0, "\(result)")
        #expect(result.unclearRefusals == 0, "\(result)")
        #expect(result.wrongAuthors == 0, "\(result)")
    }

    @Test("two processes editing different fields, 12 rounds: nothing lost, no false conflict, every revision by its author")
    func twoProcesses() throws {
        let tally = try differentFields(sessions: 2, rounds: 12, flows: 3)
        #expect(tally == Tally(), "\(tally)")
    }

    @Test("five processes editing different fields, 6 rounds: nothing lost, no false conflict, every revision by its author")
    func fiveProcesses() throws {
        let tally = try differentFields(sessions: 5, rounds: 6, flows: 3)
        #expect(tally == Tally(), "\(tally)")
    }

    @Test("SIGKILL at random moments: the plan stays valid with its history, and the next start leaves no temporary file")
    func killedSessions() throws {
        let folder = try makePlan()
        let plan = folder + "/kuulo-plan.json"
        var generator = SystemRandomNumberGenerator()
        var corrupted = 0
        var historyLost = 0
        var leftAfterNextStart = 0
        for round in 0..<25 {
            let before = BinaryRunner.json(plan)["history"] as? [[String: Any]] ?? []
            var input = ""
            for flow in 0..<40 {
                input += PipedInput.rerunSetup(["name": ["Name \(round)-\(flow)"], "userName": ["Killer"], "userRole": ["role \(flow)"]], user: "Killer", folder: folder)
            }
            let session = try start(["--lang", "en", "--user", "Killer"], input: input, folder: folder)
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(session.process.processIdentifier, SIGKILL)
            session.process.waitUntilExit()
            try? FileManager.default.removeItem(atPath: session.errPath)
            let after = BinaryRunner.json(plan)
            let history = after["history"] as? [[String: Any]] ?? []
            if after.isEmpty || after["revision"] as? Int != history.count { corrupted += 1 }
            if history.count < before.count || !zip(before, history).allSatisfy({ NSDictionary(dictionary: $0).isEqual(to: $1) }) { historyLost += 1 }
            // The next start (any command that opens the plan) removes what the killed session left.
            let validate = try BinaryRunner.run(["plan", "validate"], folder: folder)
            if validate.code != 0 { corrupted += 1 }
            leftAfterNextStart += Self.temporaryFiles(in: folder).count
        }
        #expect(corrupted == 0)
        #expect(historyLost == 0)
        #expect(leftAfterNextStart == 0)
    }
}
