import Foundation
import Testing
import KuuloCore

/// One caption in two languages on Instagram, separate texts with the hashtags in the first comment on
/// Facebook, and everything that is posted (alt text, first comment) in `kopioi` and `plan export --draft`.
@Suite("End to end: a bilingual Instagram caption")
struct BilingualCaptionEndToEndTests {
    /// A bilingual union: Instagram in Finnish and English (one caption), Facebook in Finnish only with
    /// the hashtags in the first comment.
    static let plan = """
    {"schemaVersion": 1, "revision": 0, "plan": {
      "organisation": {"name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi", "en"]},
      "trustees": {"maija": {"name": "Maija", "signature": "– Maija, TYY"}},
      "channels": {"instagram-feed": {"kind": "instagram-feed", "languages": ["fi", "en"]},
                   "facebook-page": {"kind": "facebook-page", "languages": ["fi"], "hashtagPlacement": "first-comment"}}
    }, "history": []}

    """

    @Test("the Instagram caption holds both languages, each with its own 'link in bio', and the hashtags once; copy and export add the alt text and the first comment")
    func bilingualInstagram() throws {
        let folder = BinaryRunner.makeFolder()
        try Self.plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        var input = PipedInput(language: .fi, user: "Maija", planPath: folder + "/kuulo-plan.json", now: Timestamp.date("2026-12-06T10:00:00Z"))
        input.send("/luonnos")
        input.answer(["channels": ["instagram, facebook"], "key-message": ["Syysjuhla perjantaina!"], "details": ["Ylioppilastalolla klo 18."],
                      "call-to-action": ["Ilmoittaudu!"], "link": ["https://tyy.fi/juhla"], "languages": ["en"],
                      "version": ["The autumn party is on Friday! At the student house from 18. Sign up!"], "hashtags": ["#TYY", "#Syysjuhla"],
                      "media": ["2"], "alt-text": ["Opiskelijat tanssivat ylioppilastalon juhlasalissa."], "scheduled-at": ["pe 18"]])
        input.send("/luonnos 1 kopioi", "/lopeta")
        let run = try BinaryRunner.run(["--lang", "fi", "--user", "Maija"], input: input.text, folder: folder,
                                       environment: ["KUULO_NOW": "2026-12-06T10:00:00Z"])
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Aika: pe 11.12.2026 klo 18.00."), "\(run.stdout)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        let caption = try #require(plan.at("plan", "calendar", "drafts", "1", "texts", "instagram-feed", "fi+en") as? String)
        #expect(caption == """
        Syysjuhla perjantaina!

        Ylioppilastalolla klo 18.

        Ilmoittaudu! Linkki biossa.

        The autumn party is on Friday! At the student house from 18. Sign up!

        Link in bio.

        – Maija, TYY

        #TYY #Syysjuhla
        """)
        #expect(plan.at("plan", "calendar", "drafts", "1", "texts", "instagram-feed", "fi") == nil, "one caption, not two posts")
        let facebook = try #require(plan.at("plan", "calendar", "drafts", "1", "texts", "facebook-page") as? [String: String])
        #expect(facebook.keys.sorted() == ["en", "fi"])
        #expect(facebook["fi"]?.contains("#TYY") == false, "Facebook's hashtags go in the first comment")
        #expect(plan.at("plan", "calendar", "drafts", "1", "firstComments", "facebook-page") as? String == "#TYY #Syysjuhla")
        #expect(run.stdout.contains("— Instagram-syöte, suomi + englanti ("))
        #expect(run.stdout.contains("Facebook-sivu, ensimmäinen kommentti (aihetunnisteet):\n#TYY #Syysjuhla"))
        #expect(run.stdout.contains("Kuvan vaihtoehtoinen teksti:\nOpiskelijat tanssivat ylioppilastalon juhlasalissa."))

        let export = try BinaryRunner.run(["plan", "export", "--draft", "1", "--channel", "instagram", "--lang", "en"], folder: folder)
        #expect(export.code == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("Instagram feed, Finnish + English:\nSyysjuhla perjantaina!"))
        #expect(export.stdout.components(separatedBy: "#TYY").count == 2, "the hashtags once")
        #expect(export.stdout.hasSuffix("Alt text of the image:\nOpiskelijat tanssivat ylioppilastalon juhlasalissa.\n"))
    }
}
