import Foundation

/// The words that may ask to go back, skip or stop while Kuulo asks its questions
/// (`Prompts/navigation.yaml`): only a line with one of them is read by the intents at all, so that
/// names, dates and descriptions go straight to the question with nothing looked up for them.
struct NavigationCues: Equatable {
    /// Single words, matched as the beginning of a typed word ("ohit" in "ohitetaan").
    let beginnings: [String]
    /// Words with a space, matched as they are anywhere in the line ("don't save").
    let phrases: [String]

    /// The cues of `language` in `data`; none when the file or the language has none.
    init(data: DataFiles, language: Language) {
        let cues = (data.tree("Prompts/navigation.yaml")?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
        beginnings = cues.filter { !$0.contains(" ") }
        phrases = cues.filter { $0.contains(" ") }
    }

    /// Whether `line` has a word that begins with one of the cues, or holds one of the phrases.
    func mayAsk(_ line: String) -> Bool {
        let lowered = line.lowercased()
        if phrases.contains(where: lowered.contains) { return true }
        let words = lowered.split { !$0.isLetter && $0 != "'" }
        return words.contains { word in beginnings.contains { word.hasPrefix($0) } }
    }
}
