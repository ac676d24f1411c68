import Foundation
import Testing
import KuuloCore

/// A draft's way from writing to publishing through the binary, two trustees on one plan, and the
/// final text exported for copying.
@Suite("End to end: review, approval and the final text of a draft")
struct DraftReviewEndToEndTests {
    /// A plan in English with an Instagram feed and a Facebook page, written by Maija.
    func preparedFolder() throws -> String {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .en, user: "Maija")
        input.answer(["name": ["Turku Student Union"], "shortName": ["TYY"], "languages": ["3"], "userName": ["Maija"], "userRole": ["communications"]])
        input.send("/channels")
        input.answer(["choose": ["instagram, facebook page"]])
        _ = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: input.text, folder: folder)
        return folder
    }

    @Test("Maija drafts and asks for review, Olli approves in Finnish, the text is exported per channel and language")
    func reviewAndExport() throws {
        let folder = try preparedFolder()
        var draft = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json")
        draft.send("/draft")
        draft.answer(["channels": ["instagram, facebook"], "key-message": ["The autumn party is on Friday!"], "details": ["At the student house from 18."],
                      "call-to-action": ["Sign up!"], "link": ["https://tyy.fi/party"], "media": ["1"], "scheduled-at": ["5.12.2026 18.00"]])
        draft.send("/draft 1 ready", "/quit")
        let written = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: draft.text, folder: folder)
        #expect(written.code == 0, "\(written.stderr)")
        #expect(written.stdout.contains("Draft 1 is ready for review."))

        let review = try BinaryRunner.run(["--lang", "fi", "--user", "Olli"], input: "/luonnos 1\n/luonnos hyväksy\n/luonnokset\n", folder: folder)
        #expect(review.code == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Luonnos 1 (valmis tarkistettavaksi)"))
        #expect(review.stdout.contains("Olli hyväksyi luonnoksen 1"))
        #expect(review.stdout.contains("klo 18.00  The autumn party is on Friday!"))
        #expect(!review.stdout.contains("2026-12-05"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "calendar", "drafts", "1", "status") as? String == "approved")
        #expect(plan.at("plan", "calendar", "drafts", "1", "reviewedBy") as? String == "Olli")
        #expect(plan.at("plan", "calendar", "drafts", "1", "author") as? String == "Maija")

        let instagram = try BinaryRunner.run(["plan", "export", "--draft", "1", "--channel", "instagram", "--lang", "en"], folder: folder)
        #expect(instagram.code == 0, "\(instagram.stderr)")
        #expect(instagram.stdout == "The autumn party is on Friday!\n\nAt the student house from 18.\n\nSign up! Link in bio.\n\n– Maija, TYY\n\n#TYY #TurkuStudentUnion\n")
        let both = try BinaryRunner.run(["plan", "export", "--draft", "1", "--lang", "en", "-o", folder + "/post.txt"], folder: folder)
        #expect(both.code == 0, "\(both.stderr)")
        let file = BinaryRunner.read(folder + "/post.txt") ?? ""
        #expect(file.hasPrefix("Instagram feed, English:\nThe autumn party is on Friday!"))
        #expect(file.contains("\n\nFacebook page, English:\nThe autumn party is on Friday!"))
        #expect(file.contains("Sign up! https://tyy.fi/party"))

        let publish = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: "/draft 1 published\n", folder: folder)
        #expect(publish.stdout.contains("Draft 1 is marked published"))
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "calendar", "drafts", "1", "publishedBy") as? String == "Maija")

        let missing = try BinaryRunner.run(["plan", "export", "--draft", "9"], folder: folder)
        #expect(missing.code == 66)
        #expect(missing.stderr.contains("The plan has no draft 9. Its drafts: 1."))
        let unknown = try BinaryRunner.run(["plan", "export", "--draft", "1", "--channel", "myspace"], folder: folder)
        #expect(unknown.code == 64)
    }

    @Test("a draft with an image and its alt text approves, and kuulo check --draft agrees it has alt text")
    func imageWithAltText() throws {
        let folder = try preparedFolder()
        var input = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json")
        input.send("/draft")
        input.answer(["channels": ["facebook"], "key-message": ["Meeting on Tuesday."], "media": ["2"], "alt-text": ["A crowd at the meeting."]])
        input.send("/draft 1 approve", "/quit")
        let run = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("You wrote draft 1 yourself, so another trustee approves it"), "\(run.stdout)")
        let review = try BinaryRunner.run(["--lang", "en", "--user", "Olli"], input: "/draft 1 approve\n", folder: folder)
        #expect(review.stdout.contains("Olli approved draft 1"), "\(review.stdout)")
        let check = try BinaryRunner.run(["check", "--draft", "1", "--format", "json"], folder: folder)
        #expect(check.code == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("alt-text.missing"))
    }

    @Test("/reply in Finnish: a hostile draft reply is flagged, fixed with /muokkaa, and kept without the comment")
    func replyFlow() throws {
        let folder = try preparedFolder()
        var input = PipedInput(language: .fi, user: "Maija", planPath: folder + "/kuulo-plan.json")
        input.send("/vastaa")
        input.answer(["acknowledge": ["Kiitos, että kerroit."], "facts": ["Olette ihan idiootteja, jos uskotte huhuja."]])
        input.send("/muokkaa asia")
        input.answer(["facts": ["Jäsenmaksu pysyy ensi vuonna 50 eurossa; edustajisto päätti asiasta marraskuussa."]])
        input.send("/lopeta")
        let run = try BinaryRunner.run(["--lang", "fi", "--user", "Maija"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("on haukkumasana. Puhu asiasta, älä ihmisestä"))
        #expect(!run.stdout.contains("[tone.hostile]"), "no rule ids in the chat")
        #expect(run.stdout.contains("Korjaa nämä ennen julkaisua"))
        #expect(run.stdout.contains("Sävy on asiallinen ja asia on mukana."))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        let text = plan.at("plan", "interaction", "replies", "1", "text") as? String
        #expect(text == "Kiitos, että kerroit. Jäsenmaksu pysyy ensi vuonna 50 eurossa; edustajisto päätti asiasta marraskuussa.\n\nLaita meille yksityisviesti, niin jatketaan siellä.\n\n– Maija, TYY")
        let validate = try BinaryRunner.run(["plan", "validate"], folder: folder)
        #expect(validate.code == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test("a draft left at a question (end of input, as Ctrl-D) is named at the next start, cannot be marked ready, and goes on where it stopped")
    func resumeAfterInterruption() throws {
        let folder = try preparedFolder()
        let clock = ["KUULO_NOW": "2026-12-06T10:00:00Z"]
        let now = Timestamp.date("2026-12-06T10:00:00Z")
        var firstInput = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json", now: now)
        firstInput.send("/draft")
        firstInput.answer(["channels": ["facebook"]], until: "key-message")
        let first = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: firstInput.text, folder: folder, environment: clock)
        #expect(first.code == 0, "\(first.stderr)")
        var secondInput = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json", now: now)
        secondInput.send("/draft 1 ready", "/draft 1")
        secondInput.answer(["key-message": ["Meeting on Tuesday."], "scheduled-at": ["Fri 18:00"]])
        secondInput.send("/quit")
        let second = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: secondInput.text, folder: folder, environment: clock)
        #expect(second.code == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Draft 1 was left unfinished. /draft 1 picks up where you left off."))
        #expect(second.stdout.contains("Draft 1 still lacks: key-message. Fill them in first, e.g. /edit key-message."))
        #expect(second.stdout.contains("Draft 1 was left unfinished. Let's carry on where you left off."))
        #expect(second.stdout.contains("What is the key message, in one sentence?"))
        #expect(!second.stdout.contains("Which channels is the post for?"), "what was answered is not asked again")
        #expect(second.stdout.contains("Time: Fri 11 Dec 2026, 18:00."))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "calendar", "drafts", "1", "keyMessage") as? String == "Meeting on Tuesday.")
        #expect(plan.at("plan", "calendar", "drafts", "1", "channels") as? [String] == ["facebook-page"])
        #expect(plan.at("plan", "calendar", "drafts", "1", "scheduledAt") as? String == "2026-12-11T18:00")
        #expect(plan.at("plan", "calendar", "drafts", "1", "status") as? String == "draft")
        #expect(plan.at("plan", "calendar", "drafts", "2") == nil)
        let third = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: "/quit\n", folder: folder, environment: clock)
        #expect(!third.stdout.contains("left unfinished"))
    }

    @Test("approval gates: the author is asked for a second trustee, who approves; a published post is corrected through a new draft")
    func approvalGates() throws {
        let folder = try preparedFolder()
        var input = PipedInput(language: .en, user: "Maija", planPath: folder + "/kuulo-plan.json")
        input.send("/draft")
        input.answer(["channels": ["facebook"], "key-message": ["Meeting on Tuesday."]])
        input.send("/draft 1 ready", "/draft 1 approve", "/quit")
        let written = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: input.text, folder: folder)
        #expect(written.stdout.contains("Draft 1 is ready for review."), "\(written.stdout)")
        #expect(written.stdout.contains("You wrote draft 1 yourself, so another trustee approves it"))
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "calendar", "drafts", "1", "status") as? String == "review")
        let review = try BinaryRunner.run(["--lang", "fi", "--user", "Olli"], input: "/luonnos 1 hyväksy\n/luonnos 1 julkaistu\n/muokkaa ydinviesti\n/luonnos 1 korjaa\n", folder: folder)
        #expect(review.stdout.contains("Olli hyväksyi luonnoksen 1"))
        #expect(review.stdout.contains("Luonnos 1 on jo julkaistu, joten sitä ei muuteta jälkikäteen."))
        #expect(review.stdout.contains("Luonnos 2 on korjaus julkaisuun 1."))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "calendar", "drafts", "1", "status") as? String == "published")
        #expect(plan.at("plan", "calendar", "drafts", "2", "correctionOf") as? String == "1")
        #expect(plan.at("plan", "calendar", "drafts", "2", "status") as? String == "draft")
    }
}
