@testable import KuuloApp
import Testing

/// The chat's start without ArgumentParser takes only what ArgumentParser would read the same way.
@Suite struct PlainChatStartTests {
    @Test func readsTheGlobalOptions() throws {
        let options = try #require(PlainChatStart.options(for: ["--plan", "a.json", "--lang=fi", "--user", "Matti Meikäläinen", "--color", "never"]))
        #expect(options.plan == "a.json")
        #expect(options.lang == "fi")
        #expect(options.user == "Matti Meikäläinen")
        #expect(options.dataDir == nil)
        #expect(options.color == .never)
        let plain = try #require(PlainChatStart.options(for: []))
        #expect(plain.plan == nil && plain.color == .auto)
        #expect(PlainChatStart.options(for: ["chat", "--data-dir", "/tmp/data"])?.dataDir == "/tmp/data")
    }

    @Test("everything else is left to ArgumentParser", arguments: [
        ["--help"], ["--version"], ["check", "post.txt"], ["ask", "what"], ["--plan"], ["--plan", "-x"], ["--plan="],
        ["--plan", "a", "--plan", "b"], ["--color", "purple"], ["--color", "never", "--color=always"], ["--unknown", "x"], ["chat", "--help"], ["-h"],
    ])
    func leavesTheRest(arguments: [String]) {
        #expect(PlainChatStart.options(for: arguments) == nil)
    }
}
