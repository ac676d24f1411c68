import Testing
@testable import KuuloCore

@Suite("Hashtag extractor: links and mentions")
struct HashtagLinkAndMentionTests {
    static let urlCases: [ExtractionCase] = [
        .init("https with trailing dot", "Lue lisää: https://tyy.fi/vappu.", [.init("https://tyy.fi/vappu", 11, 31)]),
        .init("bare domain in brackets", "(katso tyy.fi)", [.init("tyy.fi", 7, 13)]),
        .init("Finnish inflection after colon", "tyy.fi:stä löytyy", [.init("tyy.fi", 0, 6)]),
        .init("www with query and fragment", "www.tyy.fi/vappu?x=1#osio, kiitos", [.init("www.tyy.fi/vappu?x=1#osio", 0, 25)]),
        .init("balanced brackets kept", "https://fi.wikipedia.org/wiki/Vappu_(juhla)",
              [.init("https://fi.wikipedia.org/wiki/Vappu_(juhla)", 0, 43)]),
        .init("unbalanced bracket dropped", "(https://tyy.fi/a)", [.init("https://tyy.fi/a", 1, 17)]),
        .init("port", "http://example.com:8080/x ok", [.init("http://example.com:8080/x", 0, 25)]),
        .init("no path, trailing !!!", "https://x.fi!!!", [.init("https://x.fi", 0, 12)]),
        .init("capitalised bare domain", "Opiskelijat.fi on auki", [.init("Opiskelijat.fi", 0, 14)]),
        .init("several, separated by newline", "tyy.fi\nexample.com/a", [.init("tyy.fi", 0, 6), .init("example.com/a", 7, 20)]),
        .init("unknown TLD without scheme", "esim. foo.bar", []),
        .init("any TLD with scheme", "https://foo.bar/x", [.init("https://foo.bar/x", 0, 17)]),
        .init("e-mail address", "nimi@tyy.fi", []),
        .init("e-mail address with dotted name", "john.doe.fi@mail.com", []),
        .init("time of day", "klo 18.00", []),
        .init("file name", "long.test.tar.bz2", []),
        .init("leading dash in host", "http://-bad.com", []),
        .init("after $", "$tyy.fi", []),
        .init("Finnish letters in host", "kesäjuhla.fi!", [.init("kesäjuhla.fi", 0, 12)]),
    ]

    @Test("extracts exactly the expected links", arguments: urlCases)
    func extractsLinks(_ row: ExtractionCase) {
        let found = HashtagExtractor().urls(in: row.text).map(ExpectedSpan.init)
        #expect(found == row.expected, "\(row.text)")
    }

    static let mentionCases: [ExtractionCase] = [
        .init("handles with _ and .", "Kiitos @tyy_ry ja @tyy.fi!", [.init("@tyy_ry", 7, 14), .init("@tyy.fi", 18, 25)]),
        .init("trailing dot not part", "@user.", [.init("@user", 0, 5)]),
        .init("full-width ＠", "＠tyy kiitos", [.init("＠tyy", 0, 4)]),
        .init("Finnish case ending after colon", "@tyy:n hallitus", [.init("@tyy", 0, 4)]),
        .init("CJK before @", "の@usernameに", [.init("@username", 1, 10)]),
        .init("e-mail is not a mention", "nimi@tyy.fi", []),
        .init("accented Latin letter after", "@aliceìnheiro", []),
        .init("followed by @", "@a@b", []),
        .init("followed by ://", "@http://x.com", []),
        .init("after !", "f!@kn", []),
        .init("30 characters", "@" + String(repeating: "a", count: 30), [.init("@" + String(repeating: "a", count: 30), 0, 31)]),
        .init("31 characters", "@" + String(repeating: "a", count: 31), []),
        .init("inside a link", "https://instagram.com/@tyy", []),
    ]

    @Test("extracts exactly the expected mentions", arguments: mentionCases)
    func extractsMentions(_ row: ExtractionCase) {
        let found = HashtagExtractor().mentions(in: row.text).map(ExpectedSpan.init)
        #expect(found == row.expected, "\(row.text)")
    }

    @Test func entitiesInOrderWithKindsAndBodies() {
        let text = "Vappu! #Vappu2026 @tyy_ry https://tyy.fi/#ohjelma ＃kesä"
        let entities = HashtagExtractor().entities(in: text)
        #expect(entities.map(\.kind) == [.hashtag, .mention, .url, .hashtag])
        #expect(entities.map(\.body) == ["Vappu2026", "tyy_ry", "https://tyy.fi/#ohjelma", "kesä"])
        #expect(entities.map(ExpectedSpan.init) == [
            .init("#Vappu2026", 7, 17), .init("@tyy_ry", 18, 25),
            .init("https://tyy.fi/#ohjelma", 26, 49), .init("＃kesä", 50, 55),
        ])
    }

    @Test func customTopLevelDomains() {
        let extractor = HashtagExtractor(bareDomainTopLevelDomains: ["FI"])
        #expect(extractor.urls(in: "tyy.fi example.com").map(\.text) == ["tyy.fi"])
    }

    @Test func customMentionLength() {
        let extractor = HashtagExtractor(maximumMentionLength: 3)
        #expect(extractor.mentions(in: "@tyy @tyyry").map(\.text) == ["@tyy"])
    }
}
