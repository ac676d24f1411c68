@testable import KuuloApp
import Testing

/// The chat's start without ArgumentParser takes only what ArgumentParser would read the same way.
@Suite struct PlainChatStartTests {
    @Test func readsTheGlobalOptions() throws {
        let command = try #require(PlainChatStart.command(for: ["--plan", "a.json", "--lang=fi", "--user", "Matti Meikäläinen", "--color", "never"]))
        #expect(command.options.plan == "a.json")
        #expect(command.options.lang == "fi")
        #expect(command.options.user == "Matti Meikäläinen")
        #expect(command.options.dataDir == nil)
        #expect(command.options.color == .never)
        let plain = try #require(PlainChatStart.command(for: []))
        #expect(plain.options.plan == nil && plain.options.color == .auto)
        #expect(PlainChatStart.command(for: ["chat", "--data-dir", "/tmp/data"])?.options.dataDir == "/tmp/data")
    }

    @Test("everything else is left to ArgumentParser", arguments: [
        ["--help"], ["--version"], ["check", "post.txt"], ["ask", "what"], ["--plan"], ["--plan", "-x"], ["--plan="],
        ["--plan", "a", "--plan", "b"], ["--color", "purple"], ["--unknown", "x"], ["chat", "--help"], ["-h"],
    ])
    func leavesTheRest(arguments: [String]) {
        #expect(PlainChatStart.command(for: arguments) == nil)
    }
}
