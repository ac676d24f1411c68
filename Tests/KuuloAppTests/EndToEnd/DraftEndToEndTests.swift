import Foundation
import Testing

@Suite("End to end: a draft piped into the binary")
struct DraftEndToEndTests {
    @Test("Finnish: channels, a draft with an image, the checked preview, the draft in the plan and in the calendar export")
    func finnishDraft() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"], "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]])
        input.send("/kanavat")
        input.answer(["choose": ["instagram"], "channelAudiences": ["1"], "owners": ["1"]])
        input.send("/luonnos")
        input.answer(["channels": ["1"], "key-message": ["Syysjuhla on perjantaina!"], "details": ["Ylioppilastalolla klo 18."],
                      "call-to-action": ["Ilmoittaudu!"], "link": ["https://tyy.fi/juhla"], "languages": ["englanti"],
                      "version": ["The autumn party is on Friday at the student house from 18. Sign up!"], "captions": ["3"], "hashtags": ["#TYY"],
                      "media": ["2"], "alt-text": ["Tanssiva väkijoukko juhlasalissa."], "scheduled-at": ["4.12.2026 18.00"]])
        input.send("/luonnokset")
        let run = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("— Instagram"))
        #expect(run.stdout.contains("oma teksti kullekin kielelle"), "the trustee chose separate texts over one bilingual caption")
        #expect(run.stdout.contains("Ilmoittaudu! Linkki biossa."))
        #expect(run.stdout.contains("— Instagram-syöte, englanti ("))
        #expect(run.stdout.contains("Sign up!\n\nLink in bio."), "the English version says it in English")
        #expect(run.stdout.contains("#1  luonnos  2026-12-04 18:00  Syysjuhla on perjantaina!"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "calendar", "drafts", "1", "scheduledAt") as? String == "2026-12-04T18:00")
        #expect((plan.at("plan", "calendar", "drafts", "1", "texts", "instagram-feed", "fi") as? String)?.contains("Linkki biossa.") == true)
        #expect(plan.at("plan", "calendar", "drafts", "1", "texts", "instagram-feed", "en") as? String
                == "The autumn party is on Friday at the student house from 18. Sign up!\n\nLink in bio.\n\n– Maija, TYY\n\n#TYY")
        let ics = try BinaryRunner.run(["plan", "export", "--format", "ics"], folder: folder)
        #expect(ics.stdout.contains("DTSTART;TZID=Europe/Helsinki:20261204T180000"))
    }
}
