import Testing
@testable import KuuloCore

@Suite("privacy.personal-id")
struct PersonalIDRuleTests {
    let rule = PersonalIDRule()

    @Test("real codes of every century sign are errors", arguments: [
        "131052-308T", "010594Y9032", "010594-9032", "241226U200A", "311299W111T", // 1900s, old and 2023 signs
        "020202A123C", "150107B4560", "010101F100X", "280211C002K", // 2000s
        "010180+234M", // 1800s
    ])
    func validCodes(code: String) {
        #expect(PersonalIdentityCode.validate(code) == .valid)
        let text = "Voittaja: Matti, hetu \(code), onnea!"
        let findings = rule.findings(in: text)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message == PersonalIDRule.validMessage)
        #expect(findings.first.map { CheckTestSupport.excerpt($0, in: text) } == code)
    }

    @Test func wrongCheckCharacterIsAWarning() {
        #expect(PersonalIdentityCode.validate("131052-308U") == .badChecksum)
        let findings = rule.findings(in: "Tunnus 131052-308U lähetetään.")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [PersonalIDRule.suspectMessage])
    }

    @Test func impossibleDatesAreWarnings() {
        #expect(PersonalIdentityCode.validate("310452-308T") == .impossible) // 31 April
        #expect(PersonalIdentityCode.validate("290201A2457") == .impossible) // 2001 is not a leap year
        #expect(PersonalIdentityCode.validate("290200A2457") == .valid) // 2000 is
        #expect(PersonalIdentityCode.validate("131352-308T") == .impossible) // month 13
        #expect(PersonalIdentityCode.validate("131052-001T") == .impossible) // individual number not in use
        #expect(rule.findings(in: "x 310452-308T").map(\.severity) == [.warning])
    }

    @Test func shapeIsRequired() {
        #expect(PersonalIdentityCode.validate("131052G308T") == nil) // G is no century sign
        #expect(PersonalIdentityCode.validate("13105-308T") == nil)
        #expect(PersonalIdentityCode.validate("131052-308") == nil)
        #expect(rule.findings(in: "Y-tunnus 1234567-8, puh. 040 123 4567, 24.12.2026").isEmpty)
    }

    @Test("not inside a longer run of letters and digits")
    func boundaries() {
        #expect(rule.findings(in: "X131052-308T").isEmpty)
        #expect(rule.findings(in: "131052-308TX").isEmpty)
        #expect(rule.findings(in: "9131052-308T").isEmpty)
        #expect(rule.findings(in: "(131052-308T)").count == 1)
        #expect(rule.findings(in: "131052-308T").count == 1)
    }

    @Test func offsetsCountCodePoints() {
        let text = "🎉 Ääni: 131052-308T"
        let finding = rule.findings(in: text).first
        #expect(finding?.start == 8)
        #expect(finding?.end == 19)
    }

    @Test func typedDashesAndLowerCaseCheckCharacters() {
        #expect(PersonalIdentityCode.validate("131052\u{2013}308T") == .valid)
        #expect(PersonalIdentityCode.validate("131052-308t") == .valid)
    }
}
