import Foundation
import Testing
@testable import KuuloCore
import KuuloData

@Suite("The listening log")
struct ListeningTests {
    let classifier = MemberMessageClassifier(data: DataFiles(embedded: EmbeddedFiles.all).tree("Prompts/listening/kinds.yaml") ?? .object([:]))

    func kinds(_ text: String, _ language: Language = .fi, keywords: [String] = []) -> [MemberMessageKind] {
        classifier.classify(text, language: language, keywords: keywords, contacts: PublicContacts(json: nil)).kinds
    }

    @Test("cues: words, prefixes, question particles at the start of a sentence only, words in a row; the order decides the main kind")
    func cues() {
        #expect(kinds("onks kahvia tarjolla") == [.question])
        #expect(kinds("kahvia on tarjolla kokko-illassa") == [.other], "a -ko ending inside a sentence is no question")
        #expect(kinds("Kiitoksia hienosta illasta") == [.praise])
        #expect(kinds("olis kiva saada lisää saunailtoja") == [.idea])
        #expect(kinds("Liput on ihan liian kalliit, miksi?") == [.criticism, .question])
        #expect(kinds("Thanks for the lovely evening", .en) == [.praise])
        #expect(kinds("🙂") == [.other])
    }

    @Test("a personal identity code or a phone number is a privacy matter, unless it is the organisation's own contact")
    func privacy() {
        #expect(kinds("Mun hetu on 131052-308T").first == .privacy)
        #expect(kinds("soita 040 123 4567").first == .privacy)
        let contacts = PublicContacts(json: ["phones": ["040 123 4567"]])
        #expect(classifier.classify("soita 040 123 4567", language: .fi, keywords: [], contacts: contacts).kinds == [.other])
    }

    @Test("the plan's followed keywords are found in their inflected forms")
    func keywords() {
        let found = classifier.classify("Sitseistä puuttui kasvisvaihtoehto", language: .fi, keywords: ["sitsit", "kasvis", "vappu"], contacts: PublicContacts(json: nil))
        #expect(found.keywords == ["kasvis"], "sitsit → 'sitseistä' is not a prefix match: followed words are matched by their start")
        let start = classifier.classify("Sitsien liput?", language: .fi, keywords: ["sitsi"], contacts: PublicContacts(json: nil))
        #expect(start.keywords == ["sitsi"])
    }

    @Test("Facebook's comment files: the Latin-1 escapes of UTF-8 are repaired, times taken to the plan's zone")
    func facebook() throws {
        let json = #"{"comments_v2": [{"timestamp": 1765029600, "data": [{"comment": {"timestamp": 1765029600, "comment": "Ihana ilta \u00c3\u00a4\u00c3\u00b6 \u00f0\u009f\u0098\u0080", "author": "Matti M\u00c3\u00a4kinen"}}], "title": "t"}]}"#
        let messages = try ListeningImport.read(json, timeZone: "Europe/Helsinki").get()
        #expect(messages == [HeardMessage(text: "Ihana ilta äö 😀", source: .comment, at: "2025-12-06T16:00", author: "Matti Mäkinen")])
        #expect(ListeningImport.repairMojibake("Tämä on jo oikein") == "Tämä on jo oikein")
        #expect(ListeningImport.read(#"{"posts": []}"#, timeZone: nil) == .failure(.notCommentsExport))
    }

    @Test("plain CSV: text required, time, source and author optional; a bad row imports nothing")
    func csv() throws {
        let messages = try ListeningImport.read("teksti;aika;lähde\nMilloin vaalit?;6.12.2026 14.30;survey\nHyvä juttu;;\n", timeZone: nil).get()
        #expect(messages.map(\.text) == ["Milloin vaalit?", "Hyvä juttu"])
        #expect(messages.first?.at == "2026-12-06T14:30")
        #expect(messages.first?.source == .survey)
        #expect(ListeningImport.read("text,time\nok,6.12.2026 10.00\nbad,eilen\n", timeZone: nil) == .failure(.badRow(line: 3)))
        #expect(ListeningImport.read("a,b\n1,2\n", timeZone: nil) == .failure(.unreadable))
    }

    @Test("recording numbers the entries after the last one and classifies each")
    func recording() throws {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let recorder = ListeningRecorder(resources: resources, language: .fi)
        let first = recorder.add([HeardMessage(text: "Kiitos!", source: .comment)], to: ["monitoring": ["keywords": ["vappu"]]], now: "2026-12-06T10:00")
        let second = recorder.add([HeardMessage(text: "Milloin vappu alkaa", source: .message, at: "2026-12-07T09:00")], to: first.content, now: "x")
        let log = ListeningLog(content: second.content)
        #expect(log.entries.map(\.id) == ["1", "2"])
        #expect(log.entries[0].at == "2026-12-06T10:00")
        #expect(log.entries[1].kinds == [.question])
        #expect(log.entries[1].keywords == ["vappu"])
        #expect(log.entries[1].listJSON["answered"] == .bool(false))
    }

    @Test("the digest groups entries by base form, counts them, quotes them, and counts main kinds")
    func digest() {
        var content: JSONValue = [:]
        let entries = [("1", "Sitsien liput loppuivat", "2026-12-01T10:00", ["criticism"]), ("2", "Lisää sitsejä kiitos", "2026-12-02T10:00", ["idea"]),
                       ("3", "Milloin sitsit on", "2026-12-03T10:00", ["question"]), ("4", "Sauna oli kiva", "2026-12-04T10:00", ["praise"])]
        for (id, text, at, kinds) in entries {
            content.setValue(["text": .string(text), "at": .string(at), "source": "comment", "kinds": .array(kinds.map(JSONValue.string))],
                             at: ListeningLog.pointer(id))
        }
        let base = ["sitsien": "sitsit", "sitsejä": "sitsit", "liput": "lippu"]
        let digest = ListeningDigest(log: ListeningLog(content: content), baseForm: { base[$0] ?? $0 }, ignored: ["oli", "on"])
        #expect(digest.entries == 4)
        #expect(digest.topics.first?.word == "sitsit")
        #expect(digest.topics.first?.count == 3)
        #expect(digest.topics.first?.quotes == ["Sitsien liput loppuivat", "Lisää sitsejä kiitos"])
        #expect(digest.topics.count == 1, "words in one entry only are no topic")
        #expect(digest.kinds.map(\.count) == [1, 1, 1, 1])
        let week = ListeningDigest(log: ListeningLog(content: content), from: "2026-12-03", baseForm: { $0 }, ignored: [])
        #expect(week.entries == 2)
    }
}
