import Foundation
import Testing

@Suite("End to end: questions and free text")
struct AskEndToEndTests {
    @Test("kuulo ask answers inflected, colloquial Finnish with the right article, as JSON")
    func askJSON() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["ask", "--lang", "fi", "--format", "json", "miten", "vastaan", "kun", "joku", "haukkuu", "meitä"], folder: folder)
        #expect(result.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(answers.first?["id"] as? String == "tip-7")
        #expect(answers.count <= 5)
        #expect(Set(answers.first?.keys.map { $0 } ?? []) == ["id", "title", "score", "excerpt"])
        let scores = answers.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("kuulo ask keeps its index: the next run loads it, and a damaged or foreign one is rebuilt, same answer")
    func askKeepsIndex() throws {
        let folder = BinaryRunner.makeFolder()
        let question = ["--format", "json", "miten", "vastaan", "kun", "joku", "haukkuu", "meitä"]
        let cold = try BinaryRunner.run(["ask", "--lang", "fi"] + question, folder: folder)
        #expect(cold.code == 0)
        let cache = folder + "/.cache/kuulo/"
        let names = try FileManager.default.contentsOfDirectory(atPath: cache)
        let snapshot = cache + (try #require(names.first { $0.hasPrefix("index-") && $0.hasSuffix("-fi.bin") }))
        let intact = try #require(FileManager.default.contents(atPath: snapshot))
        #expect(try BinaryRunner.run(["ask", "--lang", "fi"] + question, folder: folder).stdout == cold.stdout)
        _ = try BinaryRunner.run(["ask", "--lang", "en", "hello"], folder: folder)
        let english = try #require(FileManager.default.contents(atPath: snapshot.replacingOccurrences(of: "-fi.bin", with: "-en.bin")))
        var generator = SystemRandomNumberGenerator()
        let random = Data((0..<intact.count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        var flipped = intact
        flipped[intact.count / 2] ^= 1
        for damaged in [intact.prefix(intact.count / 2), random, flipped, english, Data()] {
            try damaged.write(to: URL(fileURLWithPath: snapshot))
            let result = try BinaryRunner.run(["ask", "--lang", "fi"] + question, folder: folder)
            #expect(result.code == 0)
            #expect(result.stdout == cold.stdout)
            #expect(FileManager.default.contents(atPath: snapshot) == intact, "the snapshot is built again")
        }
    }

    @Test("kuulo ask without --lang reads a question in the language it is written in, loading another language's search only when needed; --lang keeps its language")
    func askByLanguage() throws {
        let folder = BinaryRunner.makeFolder()
        let finnish = ["LANG": "fi_FI.UTF-8"]
        let cache = folder + "/.cache/kuulo/"
        let snapshots = { try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("index-") }.sorted() }
        // Clearly English (the, is, to, our): only the English search is loaded.
        let clear = try BinaryRunner.run(["ask", "--format", "json", "what", "is", "the", "best", "time", "to", "post", "on", "our", "instagram"],
                                         folder: folder, environment: finnish)
        #expect(clear.code == 0, "\(clear.stderr)")
        let clearObject = try #require(try JSONSerialization.jsonObject(with: Data(clear.stdout.utf8)) as? [String: Any])
        #expect(clearObject["language"] as? String == "en")
        let kept = try snapshots()
        #expect(kept.count == 1 && kept.first?.hasSuffix("-en.bin") == true, "only English was needed: \(kept)")
        // Leaning English: Finnish finds nothing, so English is tried and answers, in English.
        let english = try BinaryRunner.run(["ask", "--format", "json", "how", "do", "I", "reply", "to", "criticism"], folder: folder,
                                           environment: finnish)
        #expect(english.code == 0, "\(english.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "en")
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(answers.first?["id"] as? String == "tip-7")
        #expect(answers.first?["title"] as? String == "Don't get provoked — answer criticism calmly and prepare for crises", "in English")
        let text = try BinaryRunner.run(["ask", "miten", "vastaan", "kritiikkiin"], folder: folder, environment: finnish)
        #expect(text.stdout.contains("Kirjoita /vinkit 7."), "\(text.stdout)")
        let chosen = try BinaryRunner.run(["ask", "--lang", "fi", "--format", "json", "how", "do", "I", "reply", "to", "criticism"], folder: folder)
        let fixed = try #require(try JSONSerialization.jsonObject(with: Data(chosen.stdout.utf8)) as? [String: Any])
        #expect(fixed["language"] as? String == "fi", "--lang is the user's choice")
        #expect(!chosen.stdout.contains("Don't get provoked"))
    }

    @Test("kuulo ask in English, and nonsense gets a polite no-answer")
    func askText() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["ask", "--lang", "en", "what", "must", "never", "be", "posted", "publicly?"], folder: folder)
        #expect(!result.stdout.contains("(privacy)"), "no article ids")
        let nonsense = try BinaryRunner.run(["ask", "--lang", "en", "--format", "json", "xqzv", "bleep"], folder: folder)
        #expect(nonsense.code == 0)
        #expect(nonsense.stdout.contains("\"answers\": []"))
    }

    @Test("kuulo ask prints a long answer whole, never 'type more' that nothing reads (a close call: ChatPartsTests)")
    func askTextStandsAlone() throws {
        let folder = BinaryRunner.makeFolder()
        let long = ["ask", "--lang", "fi", "miten", "saan", "enemmän", "ihmisiä", "kommentoimaan", "meidän", "postauksia"]
        let json = try BinaryRunner.run(long + ["--format", "json"], folder: folder)
        #expect(json.stdout.contains("lisää"), "the chat cuts this answer (else the test proves nothing): \(json.stdout)")
        let text = try BinaryRunner.run(long, folder: folder)
        #expect(text.code == 0)
        #expect(!text.stdout.contains("Kirjoita ”lisää”"), "\(text.stdout)")
        // Compared with the chat's own cut paragraph, not with the whole JSON, whose length follows which
        // further articles are listed with their excerpts.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let messages = try #require(object["messages"] as? [[String: Any]])
        let cut = try #require(messages.compactMap { $0["text"] as? String }.first { $0.hasSuffix("…") }, "the chat's cut paragraph")
        #expect(text.stdout.contains(String(cut.dropLast())), "the answer starts as in the chat: \(text.stdout)")
        #expect(!text.stdout.contains(cut), "the rest of the answer is printed: \(text.stdout)")
    }

    @Test("in the chat, free text starts the right flow or answers from Knowledge, quoting the plan")
    func chatFreeText() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "userName": ["Maija"], "userRole": ["viestintävastaava"]])
        input.send("/vinkit 7")
        input.answer(["criticism": ["Kiitämme ja vastaamme faktoilla."], "crisisDecider": ["puheenjohtaja"]])
        input.send("miten vastaan kun joku haukkuu meitä", "haluan valita aihetunnisteet", "/peru", String(repeating: "sana ", count: 30_000))
        let result = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("(tip-7)"), "no article ids in the chat")
        #expect(result.stdout.contains("Kritiikkiin vastaatte näin: Kiitämme ja vastaamme faktoilla."))
        #expect(result.stdout.contains("Kirjoita /vinkit 7."))
        #expect(result.stdout.contains("→ /aihetunnisteet"))
        #expect(result.stdout.contains("liian pitkä kysymykseksi"))
    }

    @Test("'what should I do next' shows the plan and the one next step under it (a Finnish trial got the ground-rules article)")
    func whatNext() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Oulun yliopiston ylioppilaskunta"], "shortName": ["OYY"], "userName": ["Aino"]])
        input.send("mitä mun pitäis tehdä seuraavaks")
        let result = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        // Piped input is not echoed: what follows the announcement is the plan view.
        let after = result.stdout.components(separatedBy: "→ /suunnitelma").dropFirst().joined()
        #expect(after.contains("OYY:n suunnitelma"), "\(result.stdout)")
        #expect(after.contains("Seuraavaksi: kahdeksan vinkkiä"), "the plan view ends with what to do next")
    }

    @Test("inside a flow, ? with a question answers it and the same question comes back")
    func questionInFlow() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en)
        input.answer(["name": ["Example Union"]], until: "shortName")
        input.send("? what should our values be")
        input.answer(["shortName": ["EU"]], until: "kind")
        input.send("/quit")
        let result = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder)
        #expect(result.code == 0)
        let afterQuestion = result.stdout.components(separatedBy: "Now back to the question").last ?? ""
        #expect(afterQuestion.contains("What is its short name or abbreviation?"))
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "organisation", "shortName") as? String == "EU")
    }
}
