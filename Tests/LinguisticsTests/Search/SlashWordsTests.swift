import Testing
@testable import KuuloCore

/// A slash command there is not, read with the real stemmers and Voikko (the chat tests have none): a
/// word that names a command opens it, a word that only shares a stem with an example is offered.
@Suite("Search: slash words")
struct SlashWordsTests {
    @Test("a word sharing only a stem with an example ('responsible', 'response') is offered, not opened; a naming word opens")
    func stemOnly() {
        let responsible = UnknownCommand(name: "responsible", argument: "").requestOptions(.en, interpreter: SearchFixture.interpreter)
        #expect(responsible.clear == nil, "\(String(describing: responsible.clear))")
        #expect(responsible.options.contains { $0.command == "/reply" }, "\(responsible.options)")
        #expect(UnknownCommand(name: "kanava", argument: "").requestOptions(.fi, interpreter: SearchFixture.interpreter).clear?.command == "/channels")
        #expect(UnknownCommand(name: "language", argument: "").requestOptions(.en, interpreter: SearchFixture.interpreter).clear?.command == "/lang")
    }
}
