/// The English setup flow's questions the end-to-end tests wait for, by step id rather than by
/// their `[n/7]` position, so that a question added to the flow breaks none of them.
enum SetupQuestions {
    static let name = "What is your organisation's full name?"
    static let shortName = "What is its short name or abbreviation?"
    static let languages = "In which languages does it communicate?"
}
