import Foundation
import KuuloData
@testable import KuuloCore

/// Drives a `ChatSession` with scripted lines and keeps what it said and asked for.
struct ChatHarness {
    var session: ChatSession
    var transcript: [String] = []
    var persists = 0
    var exitCode: Int32?
    var remembered: [String] = []
    var written: [String: String] = [:]

    init(language: Language, user: String? = nil, document: PlanDocument = PlanDocument(),
         resources: KuuloResources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))) {
        session = ChatSession(document: document, resources: resources, language: language, userName: user,
                              planPath: "kuulo-plan.json", clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        absorb(session.start())
    }

    mutating func absorb(_ effects: [ChatEffect]) {
        for effect in effects {
            switch effect {
            case .say(let message): transcript.append(message.text)
            case .persist: persists += 1
            case .exit(let code): exitCode = code
            case .rememberUser(let name): remembered.append(name)
            case .writeFile(let path, let contents, let message):
                written[path] = contents
                transcript.append(message)
            }
        }
    }

    /// Sends lines one by one; returns what was said in reply to them.
    @discardableResult
    mutating func send(_ lines: String...) -> String {
        let start = transcript.count
        for line in lines {
            absorb(session.handle(line))
        }
        return transcript[start...].joined(separator: "\n")
    }

    var all: String { transcript.joined(separator: "\n") }
    var content: JSONValue { session.document.content }
}
