import Testing
@testable import KuuloCore

@Suite("Terminal rendering of Knowledge Markdown")
struct TerminalMarkdownTests {
    @Test("headings become heading messages, lists get bullets, markers and inline marks go")
    func rendering() {
        let markdown = """
            ## Käytännössä

            Ensimmäinen **tärkeä** kappale,
            joka jatkuu.

            - Kokoa *lista* ja katso [ohje](https://example.org).
            - Toinen kohta,
              joka jatkuu.
            1. Numeroitu

            ## Yleisiä virheitä
            <!-- kuulo: pitfalls -->

            - snake_case ja 2 * 3 jäävät ennalleen.
            """
        let messages = TerminalMarkdown.messages(markdown)
        #expect(messages.map(\.style) == [.heading, .plain, .heading, .plain])
        #expect(messages[0].text == "\nKäytännössä")
        #expect(messages[1].text == """
            Ensimmäinen tärkeä kappale, joka jatkuu.

              • Kokoa lista ja katso ohje (https://example.org).
              • Toinen kohta, joka jatkuu.
              1. Numeroitu
            """)
        #expect(messages[3].text == "  • snake_case ja 2 * 3 jäävät ennalleen.")
    }

    @Test("inline marks: a link whose text is its address is shown once, a lone mark stays")
    func inline() {
        #expect(TerminalMarkdown.inline("[https://kuulo.fi](https://kuulo.fi)") == "https://kuulo.fi")
        #expect(TerminalMarkdown.inline("`/vinkit` ja _tärkeä_") == "/vinkit ja tärkeä")
        #expect(TerminalMarkdown.inline("5 * 3 = 15") == "5 * 3 = 15")
    }
}
