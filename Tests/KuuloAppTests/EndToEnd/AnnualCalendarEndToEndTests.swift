import Foundation
import Testing
import KuuloCore

@Suite("End to end: the annual calendar's month in words")
struct AnnualCalendarEndToEndTests {
    @Test("a month typed as a word in either language, whatever the chat's language, is stored as its number and read back by name",
          arguments: [(Language.en, "/annual", "lokak.", "Month: October"), (.en, "/annual", "lokakuussa", "Month: October"),
                      (.fi, "/vuosikello", "oct", "Kuukausi: lokakuu"), (.fi, "/vuosikello", "October", "Kuukausi: lokakuu")])
    func monthInWords(language: Language, command: String, month: String, shown: String) throws {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        var input = PipedInput(language: language, user: "Maija", planPath: folder + "/kuulo-plan.json")
        input.send(command)
        input.answer(["name": ["Elections"], "month": ["13", month], "notes": ["Nominations three weeks before"]])
        let run = try BinaryRunner.run(["--lang", language.code, "--user", "Maija"], input: input.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stdout.contains(language == .fi ? "Kirjoita kuukausi nimellä tai numerolla" : "Type the month as a name or a number"), "13 is refused")
        #expect(run.stdout.contains(shown), "\(run.stdout)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        let moments = plan.at("plan", "annualCalendar") as? [String: Any]
        #expect((moments?.values.first as? [String: Any])?["month"] as? Int == 10)
    }
}
