import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// A lemmatizer from a fixed table: the words it knows and their base forms.
struct TableLemmatizer: Lemmatizer {
    let table: [String: [String]]
    func baseForms(_ word: String) -> [String] { table[word.lowercased()] ?? [] }
}

@Suite("Listening over a month")
struct ListeningMonthTests {
    /// What members said in December 2026, one message a day, as the log keeps them (kinds and whether
    /// answered as a trustee left them).
    static let december: [(text: String, kinds: [String], answered: Bool)] = [
        ("Milloin vappu alkaa?", ["question"], true),
        ("Saunaan pääsee vasta kahdeksalta, liian myöhään.", ["criticism"], false),
        ("Kiitos sitseistä, upea ilta!", ["praise"], false),
        ("Onko sauna auki jouluna?", ["question"], false),
        ("Toivoisin kasvisvaihtoehtoa sitseille.", ["idea"], false),
        ("Vapun ohjelma julki milloin?", ["question"], true),
        ("Sauna oli taas täynnä.", ["criticism"], false),
        ("Ihana vappu viime vuonna, kiitos!", ["praise"], false),
        ("Voisiko saunavuoroja lisätä?", ["question", "idea"], false),
        ("Soita minulle 040 1234567 saunasta.", ["privacy"], false),
        ("Sitsien liput loppuivat heti.", ["criticism"], false),
        ("Milloin sitsien liput tulevat myyntiin?", ["question"], true),
        ("Kiitos kyselystä.", ["praise"], false),
        ("Kokous venyi liian pitkäksi.", ["criticism"], false),
        ("Hyvä kokous, kiitos puheenjohtajalle.", ["praise"], false),
        ("Missä kokous pidetään?", ["question"], false),
        ("Saunassa on rikki kiuas.", ["criticism"], false),
        ("Vappuna tarvitaan lisää talkoolaisia.", ["idea"], false),
        ("Haalarimerkit vapuksi?", ["question"], false),
        ("Kiva sauna-ilta!", ["praise"], false),
        ("Ehdotan saunailtaa vaihto-opiskelijoille.", ["idea"], false),
        ("Sitsit englanniksi myös?", ["question"], true),
        ("Hallitus ei vastaa viesteihin.", ["criticism"], false),
        ("Kiitos nopeasta vastauksesta.", ["praise"], false),
        ("Joulusauna oli paras.", ["praise"], false),
        ("Milloin kevään sitsit?", ["question"], false),
        ("Vappu on paras juhla.", ["other"], false),
        ("Kokous oli hyvä.", ["other"], false),
        ("Sauna kiinni tänään?", ["question"], false),
        ("Sitsit olivat loistavat.", ["praise"], false),
        ("Hyvää uutta vuotta!", ["other"], false),
    ]

    /// Base forms as Voikko gives them for the inflected words above (what the table lacks is unknown).
    static let lemmatizer = TableLemmatizer(table: [
        "saunaan": ["sauna"], "saunasta": ["sauna"], "saunassa": ["sauna"], "sauna": ["sauna"],
        "vappu": ["vappu"], "vapun": ["vappu"], "vappuna": ["vappu"], "vapuksi": ["vappu"],
        "sitseistä": ["sitsit"], "sitseille": ["sitsit"], "sitsien": ["sitsit"], "sitsit": ["sitsit"],
        "kokous": ["kokous"], "liput": ["lippu"], "kiitos": ["kiitos"], "milloin": ["milloin"], "oli": ["olla"], "on": ["olla"],
    ])

    static func log() -> ListeningLog {
        var content: JSONValue = [:]
        for (index, message) in december.enumerated() {
            let entry = ListeningEntry(id: String(index + 1), text: message.text, source: .comment, at: String(format: "2026-12-%02dT12:00", index + 1),
                                       kinds: message.kinds.compactMap(MemberMessageKind.init(rawValue:)), answered: message.answered)
            content.setValue(entry.json, at: ListeningLog.pointer(entry.id))
        }
        return ListeningLog(content: content)
    }

    /// How many of the month's messages have a word whose base form is `word` — counted here, apart from the digest.
    static func mentions(_ word: String, from: Int = 1, to: Int = 31) -> Int {
        december[(from - 1)..<to].filter { message in
            MemberMessageClassifier.sentences(message.text).joined().contains { (lemmatizer.baseForms($0).first ?? $0) == word }
        }.count
    }

    @Test("a month of messages: topics by base form with their counts, kinds and answers counted, quotes without privacy cases")
    func month() {
        let digest = ListeningDigest(log: Self.log(), words: DigestWords(lemmatizer: Self.lemmatizer, ignored: ["olla", "milloin", "kiitos"]))
        #expect(digest.entries == 31)
        #expect(digest.from == "2026-12-01" && digest.to == "2026-12-31")
        let counts = Dictionary(uniqueKeysWithValues: digest.topics.map { ($0.word, $0.count) })
        for word in ["sauna", "sitsit", "vappu", "kokous"] {
            #expect(counts[word] == Self.mentions(word), "\(word)")
        }
        #expect(Self.mentions("sauna") == 6 && Self.mentions("sitsit") == 7 && Self.mentions("vappu") == 6, "the month was written with these in it")
        #expect(digest.topics.prefix(2).map(\.word) == ["sitsit", "sauna"] || digest.topics.prefix(2).map(\.word) == ["sitsit", "vappu"])
        #expect(counts["olla"] == nil && counts["kiitos"] == nil, "ignored words are no topic")
        #expect(digest.topics.count <= 10)
        let sauna = digest.topics.first { $0.word == "sauna" }
        #expect(sauna?.quotes.count == 2)
        #expect(sauna?.quotes.contains { $0.contains("040") } == false, "a message that needs privacy action is never quoted")
        let kinds = Dictionary(uniqueKeysWithValues: digest.kinds.map { ($0.kind, $0.count) })
        #expect(kinds[.question] == Self.december.filter { $0.kinds.first == "question" }.count)
        #expect(kinds.values.reduce(0, +) == 31)
        #expect(digest.answered[.question] == 4)
        let lastWeek = ListeningDigest(log: Self.log(), from: "2026-12-25", words: DigestWords(lemmatizer: Self.lemmatizer, ignored: []))
        #expect(lastWeek.entries == 7)
        #expect(lastWeek.topics.first { $0.word == "sitsit" }?.count == Self.mentions("sitsit", from: 25))
    }

    @Test("a one-day period prints one date, a longer one both")
    func period() {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let text = ListeningText(resources: resources, language: .fi)
        let oneDay = ListeningDigest(log: Self.log(), from: "2026-12-06", to: "2026-12-06", words: DigestWords(lemmatizer: nil, ignored: []))
        #expect(text.digest(oneDay).hasPrefix("Mistä jäsenet puhuivat 6.12.2026 (yksi viesti)"))
        let week = ListeningDigest(log: Self.log(), from: "2026-12-01", to: "2026-12-07", words: DigestWords(lemmatizer: nil, ignored: []))
        #expect(text.digest(week).hasPrefix("Mistä jäsenet puhuivat 1.12.2026–7.12.2026 (7 viestiä)"))
        let dates = ExportDates(texts: ExportTexts(data: resources.data, language: .en))
        #expect(dates.period(from: "2026-12-06T10:00", to: "2026-12-06T18:00") == "6 December 2026")
    }

    @Test("followed keywords by base form: inflected and compound forms found, a longer word with the same start not")
    func keywordsByBaseForm() {
        let matcher = KeywordMatcher(lemmatizer: TableLemmatizer(table: [
            "vapuksi": ["vappu"], "vappu": ["vappu"], "kokous": ["kokous"], "koko": ["koko"], "kasvisvaihtoehtoa": ["kasvisvaihtoehto"],
            "kasvis": ["kasvis"], "vaihtoehto": ["vaihtoehto"], "sitseistä": ["sitsit"], "sitsit": ["sitsit", "sitsi"],
        ]))
        #expect(matcher.mentions(["haalarimerkit", "vapuksi"], keyword: "vappu"))
        #expect(matcher.mentions(["kiitos", "sitseistä"], keyword: "sitsit"), "not a prefix, the same base form")
        #expect(matcher.mentions(["toivoisin", "kasvisvaihtoehtoa"], keyword: "kasvis"), "the first part of a compound")
        #expect(!matcher.mentions(["kokous", "venyi"], keyword: "koko"), "a known word that only starts the same")
        #expect(matcher.mentions(["kyyn", "hallitus"], keyword: "kyy"), "a word the lemmatizer does not know: by its start")
        #expect(matcher.mentions(["the", "spring", "gala"], keyword: "spring gala"))
        #expect(!matcher.mentions(["gala", "spring"], keyword: "spring gala"), "words of a keyword in a row")
        let plain = KeywordMatcher(lemmatizer: nil)
        #expect(plain.mentions(["galas"], keyword: "gala") && !plain.mentions(["vapuksi"], keyword: "vappu"))
    }
}
