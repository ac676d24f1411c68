import Foundation
import Testing

@Suite("End to end: the hashtag flow piped into the binary")
struct HashtagFlowEndToEndTests {
    @Test("setup, then /hashtags in English; the tags land in the plan and kuulo check knows them")
    func flowThenCheck() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en)
        input.answer(["name": ["Example Student Union"], "shortName": ["ESU"], "languages": ["en"], "userName": ["Alex"], "userRole": ["chair"]])
        input.send("/hashtags")
        input.answer(["campaign": ["#esugala2026 spring gala", "#springgala"], "topic": ["#wellbeing"], "brandChannels": ["1,2"],
                      "campaignChannels": ["1"], "sets": ["event post: #ESU #ESUgala2026"]])
        input.send("/quit")
        let run = try BinaryRunner.run(["--lang", "en"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[#ESU, #ExampleStudentUnion]"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        let tags = plan.at("plan", "hashtags", "tags") as? [String: Any]
        #expect(tags?.keys.sorted() == ["esu", "esugala2026", "examplestudentunion", "springgala", "wellbeing"])
        #expect(plan.at("plan", "hashtags", "tags", "springgala", "display") as? String == "SpringGala")
        // "esu" is no word the segmenter knows, so the tag keeps the form it was typed in.
        #expect(plan.at("plan", "hashtags", "tags", "esugala2026", "display") as? String == "esugala2026")
        #expect(plan.at("plan", "hashtags", "tags", "esugala2026", "note") as? String == "spring gala")
        #expect(plan.at("plan", "hashtags", "tags", "esu", "channels") as? [String] == ["instagram", "facebook"])
        #expect(plan.at("plan", "hashtags", "sets", "event-post", "tags") as? [String] == ["#ESU", "#ESUgala2026"])
        let check = try BinaryRunner.run(["check", "--format", "json"], input: "Spring gala! #ESU #Random\n", folder: folder)
        #expect(check.stdout.contains("\"excerpt\": \"#Random\""))
        #expect(!check.stdout.contains("\"excerpt\": \"#ESU\""))
    }
}
