import Foundation
import Testing
@testable import KuuloCore

/// Lines that came in at once (a paste at a terminal): one answer at a free-text question, else one by one.
@Suite("Pasted lines")
struct PastedLinesTests {
    static func chat() -> ChatHarness {
        var chat = ChatHarness(language: .fi)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava")
        return chat
    }

    @Test("a comment of two paragraphs pasted at /kuuntelu is the entry's text; the next question is asked next")
    func commentIsOneAnswer() {
        var chat = Self.chat()
        chat.send("/kuuntelu")
        let said = chat.absorbing { $0.handlePasted(["Bileet oli huiput!", "", "Mutta jonossa meni tunti. \r"]) }
        #expect(chat.content["listening"]?["entries"]?["1"]?["text"] == "Bileet oli huiput!\n\nMutta jonossa meni tunti.")
        #expect(said.contains("Missä se sanottiin?"), "\(said)")
        #expect(chat.content["listening"]?["entries"]?["1"]?["author"] == nil)
    }

    @Test("pasted list items stay items, and a pasted command and its answers go line by line")
    func otherwiseLineByLine() {
        var chat = Self.chat()
        chat.absorbing { $0.handlePasted(["/kuuntelu", "Kiitos tapahtumasta!", "2"]) }
        #expect(chat.content["listening"]?["entries"]?["1"]?["text"] == "Kiitos tapahtumasta!")
        #expect(chat.content["listening"]?["entries"]?["1"]?["source"] == "message")
        chat.send("", "/kanavat")
        chat.absorbing { $0.handlePasted(["jäsenet", "alumnit", ""]) }
        #expect(chat.content["organisation"]?["audiences"]?.stringArray == ["jäsenet", "alumnit"])
    }
}

extension ChatHarness {
    /// Runs `handle` on the session and keeps what it said, as `send` does for typed lines.
    @discardableResult
    mutating func absorbing(_ handle: (inout ChatSession) -> [ChatEffect]) -> String {
        let start = transcript.count
        absorb(handle(&session))
        return transcript[start...].joined(separator: "\n")
    }
}
