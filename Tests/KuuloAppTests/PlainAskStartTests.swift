@testable import KuuloApp
import Testing

/// `kuulo ask` without ArgumentParser takes only what ArgumentParser would read the same way.
@Suite struct PlainAskStartTests {
    @Test func readsTheOptionsAndTheQuestionInAnyOrder() throws {
        let request = try #require(PlainAskStart.request(for: ["ask", "--lang", "fi", "miten", "--format=json", "vastaan", "kritiikkiin",
                                                                "--data-dir", "/tmp/data", "--color", "never"]))
        #expect(request.question == ["miten", "vastaan", "kritiikkiin"])
        #expect(request.format == .json)
        #expect(request.options.lang == "fi")
        #expect(request.options.dataDir == "/tmp/data")
        #expect(request.options.color == .never)
        let plain = try #require(PlainAskStart.request(for: ["ask", "how do I reply?"]))
        #expect(plain.format == .text && plain.options == RunOptions() && plain.question == ["how do I reply?"])
        #expect(PlainAskStart.request(for: ["ask"])?.question == [])
    }

    @Test("everything else is left to ArgumentParser", arguments: [
        [], ["chat"], ["check", "post.txt"], ["what", "ask"], ["ask", "--help"], ["ask", "-h"], ["ask", "help"], ["ask", "--", "-x"],
        ["ask", "a", "-5"], ["ask", "--format", "yaml", "a"], ["ask", "--format", "json", "--format", "text", "a"], ["ask", "--lang"],
        ["ask", "--lang", "fi", "--lang=en", "a"], ["ask", "--color", "purple", "a"], ["ask", "--unknown", "x"], ["ask", "--plan="],
        ["ask", "--version"],
    ])
    func leavesTheRest(arguments: [String]) {
        #expect(PlainAskStart.request(for: arguments) == nil)
    }
}
