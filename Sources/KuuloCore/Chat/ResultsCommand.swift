import Foundation

/// `/results` (`/tulokset`): the report on the imported posts; `/results import FILE…` asks the front end
/// to read Meta's exports, which `receive` then imports — every file read whole first, nothing imported
/// unless all of them read.
struct ResultsCommand {
    let resources: KuuloResources
    let language: Language

    /// What `/results ARGUMENT` asks for: the report, or the files to read.
    func start(_ argument: String, content: JSONValue) -> [ChatEffect] {
        let words = argument.split(separator: " ").map(String.init)
        guard let first = words.first else {
            return [.say(ChatMessage(InsightsReport(content: content).text(resources: resources, language: language)))]
        }
        let command = resources.commands.command(id: "results")
        guard command?.action(for: first) == "import" else {
            return [.say(ChatMessage(resources.messages.text(.resultsUsage, language, ["usage": command?.usage.text(language) ?? ""]), style: .error))]
        }
        let paths = Array(words.dropFirst())
        guard !paths.isEmpty else {
            return [.say(ChatMessage(resources.messages.text(.resultsUsage, language, ["usage": command?.usage.text(language) ?? ""]), style: .error))]
        }
        return [.readFiles(paths, for: .insightsImport)]
    }

    /// Imports the read files into `content`: the new content and the revision summary when all of them
    /// read, and what to say either way; `now` is when they were imported.
    func receive(_ files: [ReadFile], content: JSONValue, now: Date) -> (content: JSONValue?, revision: String?, effects: [ChatEffect]) {
        let messages = resources.messages
        let plan = Plan(json: content)
        let reader = MetaExportReader(columns: resources.insightsColumns, timeZone: plan.organisation?.timeZone)
        var readings: [(name: String, reading: MetaExportReader.Reading)] = []
        for file in files {
            let name = PathName.lastComponent(of: file.path)
            switch file.contents {
            case .failure(let failure):
                return (nil, nil, [.say(ChatMessage(messages.text(.resultsReadFailed, language, ["file": file.path, "reason": failure.reason]), style: .error))])
            case .success(let text):
                switch reader.read(text, source: name) {
                case .success(let reading): readings.append((name, reading))
                case .failure(let problem):
                    let described = problem.described(file: name, resources: resources, language: language)
                    let text = ([messages.text(described.key, language, described.arguments)] + described.details).joined(separator: "\n")
                    return (nil, nil, [.say(ChatMessage(text, style: .error))])
                }
            }
        }
        var updated = content
        var effects: [ChatEffect] = []
        for (name, reading) in readings {
            let outcome = InsightsImport(content: updated).apply(reading.posts, to: updated, at: ListeningRecorder.now(now, timeZone: plan.organisation?.timeZone))
            updated = outcome.content
            if !reading.unknownColumns.isEmpty {
                effects.append(.say(ChatMessage(messages.text(.insightsUnknownColumns, language, ["file": name, "columns": reading.unknownColumns.joined(separator: ", ")]), style: .hint)))
            }
            effects.append(.say(ChatMessage(outcome.summary(file: name, messages: messages, language: language), style: .success)))
        }
        let revision = messages.text(.insightsRevision, language, ["files": readings.map(\.name).joined(separator: ", ")])
        return (updated, revision, effects + [.say(ChatMessage(messages.text(.resultsNext, language, ["command": "/" + (resources.commands.command(id: "results")?.names[language] ?? "results")]), style: .hint))])
    }
}
