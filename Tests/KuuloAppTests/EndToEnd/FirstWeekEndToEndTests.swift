import Foundation
import Testing
import KuuloCore

/// A scripted first week of a new trustee, in Finnish and in English, piped through the binary; the
/// whole output is read for what makes an interface read like a machine: a bare name after
/// "järjestö", machine timestamps, the other language's commands, ids, slugs and JSON pointers,
/// unfilled placeholders and counts that do not agree with their noun (style guide, docs/style-guide.md).
@Suite("End to end: a first week reads like Finnish, and like English")
struct FirstWeekEndToEndTests {
    /// One run of the week: what the trustee types, answered by step id against the plan the runs
    /// before it left.
    typealias Day = (inout PipedInput) -> Void

    /// Day 1 setup, the name forms, the tips, hashtags, channels, a draft, its review, the history,
    /// the plan and the help, over several runs as a week would have them. A step left out gets Enter.
    static func week(fullName: String, shortName: String, language: String, draft: [String: [String]],
                     approve: String, published: String) -> [Day] {
        let finnish = language == "fi"
        let firstDay: Day = { input in
            input.answer(["name": [fullName], "shortName": [shortName], "kind": ["1"], "values": ["avoimuus", "yhteisöllisyys"],
                          "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
            input.send(finnish ? "/nimenmuodot" : "/nameforms")
            input.answer([:])
            input.send(finnish ? "/vinkit 1" : "/tips 1")
            input.answer(["keywords": ["#LYY", "sitsit"]])
            input.send(finnish ? "/peru" : "/cancel")
        }
        let hashtags: Day = { input in
            input.send(finnish ? "/aihetunnisteet" : "/hashtags")
            input.answer([:])
        }
        let channels: Day = { input in
            input.send(finnish ? "/kanavat" : "/channels")
            input.answer(["choose": [finnish ? "instagram, verkkosivut" : "instagram, website"]])
        }
        let writing: Day = { input in
            input.send(finnish ? "/luonnos" : "/draft")
            input.answer(draft)
        }
        let review: Day = { input in
            if finnish {
                input.send("/luonnos 1 valmis", "/luonnokset", "/historia", "/suunnitelma", "/apua", "/luonnos 1 kopioi")
            } else {
                input.send("/draft 1 ready", "/drafts", "/history", "/plan", "/help", "/draft 1 copy")
            }
        }
        let approval: Day = { input in
            input.send(approve, published)
            if finnish {
                input.send("/luonnokset", "/historia", "/kumoa", "/lopeta")
            } else {
                input.send("/drafts", "/history", "/undo", "/quit")
            }
        }
        return [firstDay, hashtags, channels, writing, review, approval]
    }

    static let finnishDraft: [String: [String]] = [
        "channels": ["1"], "key-message": ["LYY:n syyssitsit pidetään perjantaina Pohjoisen Tuulen juhlasalissa – tervetuloa!"],
        "details": ["Liput 25 € jäsenille, 30 € muille."], "call-to-action": ["Ilmoittaudu!"], "link": ["https://lyy.fi/sitsit"],
        "hashtags": ["#LYY"], "media": ["1"], "scheduled-at": ["11.12.2026 18.00"],
    ]
    static let englishDraft: [String: [String]] = [
        "channels": ["1"], "key-message": ["The autumn sitsit are on Friday at the Pohjoisen Tuulen hall – welcome!"],
        "details": ["Tickets 25 € for members, 30 € for others."], "call-to-action": ["Sign up!"], "link": ["https://lyy.fi/sitsit"],
        "hashtags": ["#LYY"], "media": ["1"], "scheduled-at": ["11.12.2026 18.00"],
    ]

    /// Runs the week and returns everything it printed; each run's input is made just before it.
    static func run(_ days: [Day], language: Language, users: [String]) throws -> String {
        let folder = BinaryRunner.makeFolder()
        var output = ""
        for (index, day) in days.enumerated() {
            let user = index == days.count - 1 ? users[1] : users[0]
            var input = PipedInput(language: language, user: user, planPath: folder + "/kuulo-plan.json")
            day(&input)
            let run = try BinaryRunner.run(["--lang", language.code, "--user", user], input: input.text, folder: folder)
            #expect(run.code == 0, "day \(index + 1): \(run.stderr)")
            output += run.stdout + run.stderr
        }
        return output
    }

    /// The problems a careful editor would mark in `output`.
    static func problems(in output: String, otherLanguageCommands: [String], bareNamePatterns: [String]) -> [String] {
        var problems: [String] = []
        func mark(_ pattern: String, _ why: String) {
            if let range = output.range(of: pattern, options: .regularExpression) {
                let start = output.index(range.lowerBound, offsetBy: -40, limitedBy: output.startIndex) ?? output.startIndex
                let end = output.index(range.upperBound, offsetBy: 40, limitedBy: output.endIndex) ?? output.endIndex
                problems.append("\(why): …\(output[start..<end])…")
            }
        }
        for pattern in bareNamePatterns { mark(pattern, "a bare name where the sentence needs a case") }
        mark(#"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"#, "a machine timestamp")
        mark(#"\bUTC\b"#, "UTC")
        for command in otherLanguageCommands { mark(#"(^|[\s(“”"])"# + NSRegularExpression.escapedPattern(for: command) + #"\b"#, "the other language's command") }
        mark(#"\((tip-\d|privacy|platform-[a-z]+|crisis-plan|hashtag-guide|channel-purpose|post-drafting)\)"#, "an article id")
        mark(#"\b(instagram-feed|facebook-page|maija-meikalainen|student-union)\b"#, "a slug")
        mark(#"/organisation/|/channels/[a-z]|/calendar/"#, "a JSON pointer")
        mark(#"\{[A-Za-z.]+\}"#, "an unfilled placeholder")
        mark(#"(^|[^\d])1 (muutosta|kenttää|virhettä|julkaisua|tunnistetta|vinkkiä)"#, "number agreement after 1")
        mark(#"(^|[^\d])1 (changes|fields|errors|posts|drafts|versions)\b"#, "number agreement after 1")
        mark(#"kuulo (check|plan)"#, "a command-line command in the chat")
        return problems
    }

    @Test("a Finnish first week: inflected names, local times, Finnish commands only, no internals")
    func finnishWeek() throws {
        let days = Self.week(fullName: "Lapin yliopiston ylioppilaskunta", shortName: "LYY", language: "fi", draft: Self.finnishDraft,
                             approve: "/luonnos 1 hyväksy", published: "/luonnos 1 julkaistu")
        let output = try Self.run(days, language: .fi, users: ["Maija Meikäläinen", "Olli Oikola"])
        let problems = Self.problems(in: output, otherLanguageCommands: ["/channels", "/draft", "/drafts", "/tips", "/hashtags", "/history", "/help", "/export", "/setup", "/undo"],
                                     bareNamePatterns: [#"[Jj]ärjestö(n|lle|ä|stä|ön|ssä|llä) (LYY|Lapin)\b"#, #"[Kk]anava(lla|ssa|lle) [A-ZÅÄÖ]"#])
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // What the week should show, said the Finnish way.
        #expect(output.contains("Hei Maija!"))
        #expect(output.contains("LYY:n perustiedot on tallennettu suunnitelmaan."))
        #expect(output.contains("Taivutan nimen LYY näin: LYY:n, LYY:tä, LYY:hyn"))
        #expect(output.contains("Aika: pe 11.12.2026 klo 18.00."))
        #expect(output.contains("Olli Oikola hyväksyi luonnoksen 1"), "the week reaches the review")
        #expect(output.contains("Mihin LYY käyttää Instagram-syötettä?"))
        #expect(!output.contains("revisio"))
    }

    @Test("an English first week: possessives, local times, English commands only, no internals")
    func englishWeek() throws {
        let days = Self.week(fullName: "Lapin yliopiston ylioppilaskunta", shortName: "LYY", language: "en", draft: Self.englishDraft,
                             approve: "/draft 1 approve", published: "/draft 1 published")
        let output = try Self.run(days, language: .en, users: ["Maija Meikäläinen", "Olli Oikola"])
        let problems = Self.problems(in: output, otherLanguageCommands: ["/kanavat", "/luonnos", "/luonnokset", "/vinkit", "/aihetunnisteet", "/historia", "/apua", "/vie", "/perustiedot", "/kumoa"],
                                     bareNamePatterns: [#"of (LYY|Lapin yliopiston ylioppilaskunta)'s"#, #"\b(LYY)'s\b"#])
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(output.contains("Hi Maija!"))
        #expect(output.contains("LYY’s basic details are now in the plan."))
        #expect(output.contains("Time: Fri 11 Dec 2026, 18:00."))
        #expect(output.contains("Olli Oikola approved draft 1"), "the week reaches the review")
        #expect(!output.contains("revision"))
    }

    @Test("the reader catches each kind of mistake the research saw, so a clean week means something")
    func readerCatchesTheKnownMistakes() {
        let seen = [
            "Kiitos! Järjestön LYY perustiedot ovat suunnitelmassa.", "Kanavalla Uutiskirje ei ole vastuuhenkilöä.",
            "Nyt: 2026-12-07T23:30", "/historia: 2026-12-06 11:50 UTC", "Seuraavaksi: Kohderyhmät – kirjoita /channels.",
            "Katso myös: Mitä ei julkaista (privacy)", "kanava instagram-feed", "`/organisation/values` oma", "Luonnos {draft}: Maija",
            "#22 Maija: Luonnos 1 (1 muutosta)", "`kuulo check` huomauttaa nyt",
        ]
        for text in seen {
            let problems = Self.problems(in: text, otherLanguageCommands: ["/channels"],
                                         bareNamePatterns: [#"[Jj]ärjestö(n|lle|ä|stä|ön|ssä|llä) (LYY|Lapin)\b"#, #"[Kk]anava(lla|ssa|lle) [A-ZÅÄÖ]"#])
            #expect(!problems.isEmpty, "not caught: \(text)")
        }
        #expect(Self.problems(in: "Kiitos! LYY:n perustiedot on tallennettu. 1 muutos, 3 muutosta, ma 7.12.2026 klo 23.30.",
                              otherLanguageCommands: ["/channels"], bareNamePatterns: [#"[Jj]ärjestön (LYY|Lapin)\b"#]).isEmpty)
    }
}
