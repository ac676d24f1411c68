import Testing
@testable import KuuloCore

@Suite("A question that asks for a month: its number or its name, in either language")
struct MonthAnswerTests {
    static let step: FlowStep? = try? FlowStep(json: ["id": "month", "kind": "month", "field": "/x", "question": "?"], path: "t", position: 0)
    static let finnish = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]
    static let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    @Test("every month's name, its common Finnish cases and abbreviations, and the English name and its short form, in a chat of either language",
          arguments: 1...12)
    func everyMonth(month: Int) throws {
        let step = try #require(Self.step)
        let stem = Self.finnish[month - 1]
        let name = Self.english[month - 1]
        var forms = [stem + "kuu", stem + "kuuta", stem + "kuussa", stem + "kuun", stem.capitalized + "kuu", stem + "k.", stem + "k", name, name.lowercased()]
        if name != "May" { forms += [String(name.prefix(3)), String(name.prefix(3)).lowercased() + "."] }
        if month != 6 { forms.append(stem) }
        for form in forms {
            for language in [Language.fi, .en] {
                #expect(AnswerParser.parse(form, for: step, language: language) == .success(.int(month)), "\(form) in \(language.code)")
            }
        }
        #expect(AnswerParser.parse(String(month), for: step, language: .fi) == .success(.int(month)))
    }

    @Test("the brief's examples, and what is not a month", arguments: [("lokakuu", 10), ("lokakuussa", 10), ("loka", 10), ("lokak.", 10), ("October", 10), ("oct", 10),
                                                                        ("13", nil), ("0", nil), ("kesä", nil), ("syksyllä", nil), ("", nil)] as [(String, Int?)])
    func examples(answer: String, month: Int?) throws {
        let step = try #require(Self.step)
        let parsed = AnswerParser.parse(answer, for: step, language: .fi)
        if let month {
            #expect(parsed == .success(.int(month)))
        } else {
            #expect(parsed == .failure(AnswerProblem(.answerMonth)), "\(answer)")
        }
    }
}
