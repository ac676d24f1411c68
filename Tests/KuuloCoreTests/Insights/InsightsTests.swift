import Testing
@testable import KuuloCore
import KuuloData

/// The column data as shipped.
let insightsColumns = InsightsColumns(data: DataFiles(embedded: EmbeddedFiles.all).tree("Prompts/insights/meta-columns.yaml") ?? .object([:]))

@Suite("CSV tables")
struct CSVTableTests {
    @Test("quoted cells with separators, quotes and line breaks; CRLF; a byte-order mark; the line each row starts on")
    func quoted() throws {
        let table = try CSVTable.parse("\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n2,\"two\nlines\",4\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.separator == ",")
        #expect(table.rows == [CSVTable.Row(line: 2, cells: ["1", "x, \"y\"", "3"]), CSVTable.Row(line: 4, cells: ["2", "two\nlines", "4"])])
    }

    @Test("the separator is the one the header uses most: semicolon and tab too")
    func separators() throws {
        #expect(try CSVTable.parse("a;b;c\n1,5;2;3\n").rows.first?.cells == ["1,5", "2", "3"])
        #expect(try CSVTable.parse("a\tb\n1\t2\n").separator == "\t")
    }

    @Test("an empty text and a quote that never ends are problems, the latter with its line")
    func problems() {
        #expect(throws: CSVTable.Problem.empty) { try CSVTable.parse("\n\n") }
        #expect(throws: CSVTable.Problem.unterminatedQuote(line: 3)) { try CSVTable.parse("a,b\n1,2\n3,\"open\n") }
    }
}

@Suite("Meta content exports")
struct MetaExportReaderTests {
    let reader = MetaExportReader(columns: insightsColumns, timeZone: "Europe/Helsinki")

    @Test("US, Finnish and ISO publish times; AM/PM; an offset is taken to the plan's zone", arguments: [
        ("12/06/2026 14:30", "2026-12-06T14:30"), ("12/06/2026 2:30 PM", "2026-12-06T14:30"), ("12/06/2026 12:05 AM", "2026-12-06T00:05"),
        ("6.12.2026 14.30", "2026-12-06T14:30"), ("6.12.2026 klo 9.05", "2026-12-06T09:05"), ("2026-12-06 14:30", "2026-12-06T14:30"),
        ("2026-12-06T12:30:00+0000", "2026-12-06T14:30"), ("2026-07-06T12:30:00Z", "2026-07-06T15:30"),
    ])
    func times(text: String, expected: String) throws {
        let local = try #require(InsightsTimeText.parse(text, zone: .helsinki))
        #expect(String(format: "%04d-%02d-%02dT%02d:%02d", local.date.year, local.date.month, local.date.day, local.hour, local.minute) == expected)
    }

    @Test("not times", arguments: ["13/45/2026 10:00", "6.12.2026", "yesterday", "31.2.2026 10.00", "12/06/2026 13:00 PM"])
    func notTimes(text: String) {
        #expect(InsightsTimeText.parse(text, zone: .helsinki) == nil)
    }

    @Test("the English, Swedish and Finnish headers give the same posts")
    func languages() throws {
        let english = "Post ID,Publish time,Permalink,Post type,Description,Views,Reach,Reactions,Likes,Comments,Shares,Saves,Follows\n"
            + "1,12/06/2026 14:30,https://www.facebook.com/kyy/posts/1,Photos,Hei,\"2,000\",1500,40,38,5,3,2,1\n"
        let swedish = "Publicerings-id;Publiceringstid;Permalänk;Inläggstyp;Beskrivning;Visningar;Räckvidd;Reaktioner;Gilla-markeringar;Kommentarer;Delningar;Sparade objekt;Följer\n"
            + "1;6.12.2026 14.30;https://www.facebook.com/kyy/posts/1;Photos;Hei;2 000;1 500;40;38;5;3;2;1\n"
        let finnish = "Julkaisun tunnus,Julkaisuaika,Pysyvä linkki,Julkaisun tyyppi,Kuvaus,Näyttökerrat,Kattavuus,Reaktiot,Tykkäykset,Kommentit,Jaot,Tallennukset,Seuraamiset\n"
            + "1,6.12.2026 14.30,https://www.facebook.com/kyy/posts/1,Photos,Hei,2000,1500,40,38,5,3,2,1\n"
        let expected = InsightPost(id: "1", platform: "facebook", publishedAt: "2026-12-06T14:30", permalink: "https://www.facebook.com/kyy/posts/1",
                                   postType: "Photos", description: "Hei",
                                   counts: [.views: 2000, .reach: 1500, .reactions: 40, .likes: 38, .comments: 5, .shares: 3, .saves: 2, .follows: 1],
                                   source: "f.csv")
        for text in [english, swedish, finnish] {
            let reading = try reader.read(text, source: "f.csv").get()
            #expect(reading.posts == [expected])
            #expect(reading.unknownColumns.isEmpty)
        }
        #expect(expected.interactions == 40 + 5 + 3 + 2, "reactions, not likes as well")
    }

    @Test("unknown columns are named and skipped; a missing required column is an error naming it and the unknown ones")
    func columns() throws {
        let reading = try reader.read("Post ID,Publish time,Account ID,Reach\n9,12/06/2026 10:00,55,10\n", source: "x").get()
        #expect(reading.unknownColumns == ["Account ID"])
        #expect(reader.read("Post ID,Julkaisupäivä,Reach\n9,x,10\n", source: "x") == .failure(.missingColumns([.publishTime], unknown: ["Julkaisupäivä"])))
    }

    @Test("the per-day export (a date column, no views) is refused, not read as posts")
    func perDay() {
        let text = "Post ID,Date,Publish time,Reach,Likes\n1,2026-12-06,12/06/2026 10:00,100,5\n1,2026-12-07,12/06/2026 10:00,50,1\n"
        #expect(reader.read(text, source: "x") == .failure(.perDayExport))
        #expect(reader.read("Publicerings-id;Datum;Publiceringstid;Räckvidd\n1;2026-12-06;6.12.2026 10.00;5\n", source: "x") == .failure(.perDayExport))
    }

    @Test("every malformed row is reported with its line, column and value; nothing is read")
    func malformed() {
        let text = "Post ID,Publish time,Reach,Likes\n1,12/06/2026 10:00,100,5\n2,tomorrow,50,1\n3,12/07/2026 10:00,lots,1\n,12/07/2026 11:00,1,1\n"
        let rows = [InsightsImportProblem.MalformedRow(line: 3, problem: .badTime, column: "Publish time", value: "tomorrow"),
                    .init(line: 4, problem: .badNumber, column: "Reach", value: "lots"),
                    .init(line: 5, problem: .missingValue, column: "Post ID", value: "")]
        #expect(reader.read(text, source: "x") == .failure(.malformedRows(rows)))
    }

    @Test("the names of the Swedish and English headers are marked as taken from real exports")
    func provenance() {
        #expect(insightsColumns.verifiedLanguages == ["en", "sv"])
    }
}

@Suite("Importing and reporting results")
struct InsightsImportReportTests {
    func plan() -> JSONValue {
        [
            "organisation": ["name": "KYY", "timeZone": "Europe/Helsinki"],
            "channels": ["insta": ["kind": "instagram-feed", "name": "Instagram", "cadence": ["min": 2, "max": 3]],
                         "fb": ["kind": "facebook-page", "name": "Facebook"]],
            "calendar": ["drafts": [
                "1": ["channels": ["insta"], "scheduledAt": "2026-12-01T18:00", "purpose": "tapahtumat",
                      "texts": ["insta": ["fi": "Syysbileet tulevat! Ilmoittaudu 1.12. mennessä"]]],
                "2": ["channels": ["insta"], "scheduledAt": "2026-12-01T19:00", "purpose": "vaikuttaminen",
                      "texts": ["insta": ["fi": "Edustajistovaalit alkavat, äänestä"]]],
            ]],
        ]
    }

    func post(_ id: String, _ time: String, _ text: String, reach: Int, likes: Int, comments: Int = 0, platform: String = "instagram") -> InsightPost {
        InsightPost(id: id, platform: platform, publishedAt: time, permalink: nil, postType: nil, description: text,
                    counts: [.reach: reach, .likes: likes, .comments: comments])
    }

    @Test("posts get their platform's channel and the draft with the closest time and text; re-importing updates by id")
    func importing() throws {
        let posts = [post("a", "2026-12-01T18:20", "Syysbileet tulevat! Ilmoittaudu 1.12. mennessä, linkki biossa", reach: 100, likes: 10),
                     post("b", "2026-12-03T12:00", "Kiitos kaikille", reach: 50, likes: 1),
                     post("c", "2026-12-02T10:00", "Facebook post", reach: 10, likes: 0, platform: "facebook")]
        let first = InsightsImport(content: plan()).apply(posts, to: plan())
        #expect((first.added, first.updated, first.matched) == (3, 0, 1))
        let log = InsightsLog(content: first.content)
        #expect(log.posts["a"]?.channel == "insta")
        #expect(log.posts["a"]?.draft == "1", "draft 2 is also within two hours, but its text is another")
        #expect(log.posts["b"]?.draft == nil)
        #expect(log.posts["c"]?.channel == "fb")
        var newer = posts[0]
        newer.counts[.reach] = 180
        let again = InsightsImport(content: first.content).apply([newer], to: first.content)
        #expect((again.added, again.updated) == (0, 1))
        #expect(InsightsLog(content: again.content).posts.count == 3)
        #expect(InsightsLog(content: again.content).posts["a"]?.counts[.reach] == 180)
    }

    @Test("the report's figures: totals, medians, interactions and engagement per channel and purpose; top and weakest; rhythm")
    func report() throws {
        let posts = [post("a", "2026-12-01T18:20", "Syysbileet tulevat! Ilmoittaudu 1.12. mennessä", reach: 100, likes: 10, comments: 2),
                     post("b", "2026-12-03T12:00", "Kiitos", reach: 50, likes: 1),
                     post("d", "2026-12-07T12:00", "Kolmas", reach: 0, likes: 3),
                     post("c", "2026-12-14T10:00", "FB", reach: 40, likes: 4, platform: "facebook")]
        let content = InsightsImport(content: plan()).apply(posts, to: plan()).content
        let report = InsightsReport(content: content)
        #expect(report.from == "2026-12-01")
        #expect(report.to == "2026-12-14")
        let insta = try #require(report.byChannel.first { $0.name == "insta" })
        #expect(insta.posts == 3)
        #expect(insta.reach == 150)
        #expect(insta.medianReach == 50, "median of 0, 50 and 100")
        #expect(insta.interactions == 12 + 1 + 3)
        #expect(insta.engagementRate == Double(12 + 1) / Double(150), "over the posts with reach only")
        #expect(report.byPurpose.map(\.name) == ["", "tapahtumat"])
        #expect(report.top.map(\.id) == ["a", "c", "b"])
        #expect(report.weakest.isEmpty, "three posts with reach are all in top")
        let rhythm = try #require(report.rhythm.first { $0.channel == "insta" })
        #expect(abs(rhythm.perWeek - 3.0 * 7 / 14) < 0.0001)
        #expect((rhythm.plannedMin, rhythm.plannedMax) == (2, 3))
        let june = InsightsReport(content: content, from: "2026-12-02", to: "2026-12-08")
        #expect(june.posts.map(\.id) == ["b", "d"])
        #expect(report.json["byChannel"]?.arrayValue?.count == 2)
        #expect(report.json["posts"] == .int(4))
    }
}

@Suite("Results in the chat (/tulokset, /results)")
struct ResultsChatTests {
    func harness(_ language: Language) -> ChatHarness {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"]],
                            "channels": ["insta": ["kind": "instagram-feed", "name": "Instagram"]]]
        document.recordRevision(author: "Maija", time: "2026-12-01T09:00:00+02:00", summary: "setup")
        var chat = ChatHarness(language: language, user: "Maija", document: document)
        chat.readable["exports/ig.csv"] = "Post ID,Publish time,Permalink,Reach,Likes,Comments\n1,12/06/2026 14:30,https://www.instagram.com/p/1/,200,20,4\n"
        chat.readable["bad.csv"] = "Post ID,Publish time,Reach\n1,huomenna,5\n"
        return chat
    }

    @Test("'/tulokset tuo FILE' imports a read export, records a revision and saves; '/tulokset' then reports it")
    func importThenReport() {
        var chat = harness(.fi)
        let before = chat.persists
        let imported = chat.send("/tulokset tuo exports/ig.csv")
        #expect(imported.contains("ig.csv: yksi uusi julkaisu, 0 päivitettyä"), "\(imported)")
        #expect(chat.persists == before + 1)
        #expect(chat.session.document.history.last?.summary == "Tulokset tuotu (ig.csv)")
        #expect(InsightsLog(content: chat.session.document.content).posts["1"]?.channel == "insta")
        let report = chat.send("/tulokset")
        #expect(report.contains("Instagram: yksi julkaisu, kattavuus 200"), "one post is said as one: \(report)")
        #expect(report.contains("sitoutuminen 12,0 %"))
        var english = harness(.en)
        english.send("/results import exports/ig.csv")
        #expect(english.send("/results").contains("Instagram: 1 post, reach 200 (median 200)"), "never '1 posts'")
    }

    @Test("a file that does not read or import changes nothing and says why; a bare import asks for a file")
    func refusals() {
        var chat = harness(.en)
        let revision = chat.session.document.revision
        #expect(chat.send("/results import missing.csv").contains("Could not read missing.csv: missing Nothing was imported."))
        #expect(chat.send("/results import bad.csv").contains("line 2, column Publish time: not a date and time"))
        #expect(chat.send("/results import").contains("Write it like this: /results [import FILE…]"))
        #expect(chat.send("/results").contains("No results have been imported yet"))
        #expect(chat.session.document.revision == revision)
        #expect(InsightsLog(content: chat.session.document.content).posts.isEmpty)
    }
}
