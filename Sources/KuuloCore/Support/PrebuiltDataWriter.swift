/// Writes `PrebuiltData` as Swift that builds the same values: `kuulo-embed` appends it to the
/// `KuuloData` module it generates at every build, so a start makes the commands, language packs,
/// sections and onboarding layout without reading their files. Sets and dictionaries are written in
/// sorted order, so the same data always gives the same source (and two sources compare the values).
public enum PrebuiltDataWriter {
    /// The declaration of `EmbeddedFiles.prebuilt()` (the generated module imports KuuloCore).
    public static func swiftSource(_ data: PrebuiltData) -> String {
        var lines = [
            "extension EmbeddedFiles {",
            "    /// The commands, language packs, sections and onboarding layout of the built-in files, made at build time.",
            "    public static func prebuilt() -> PrebuiltData {",
            "        let language = [" + data.languages.map { "Language(prebuiltCode: \(literal($0)))" }.joined(separator: ", ") + "]",
        ]
        let writer = ValueWriter(languages: data.languages)
        lines.append("        var packs: [PrebuiltData.Pack] = []")
        for pack in data.packs {
            lines.append("        packs.append(PrebuiltData.Pack(path: \(literal(pack.path)), pack: \(writer.pack(pack.pack))))")
        }
        lines.append("        var commands: [ChatCommand] = []")
        lines.append("        commands.reserveCapacity(\(data.commands.count))")
        for command in data.commands {
            lines.append("        commands.append(\(writer.command(command)))")
        }
        lines.append("        var sections: [PlanSection] = []")
        for section in data.sections {
            lines.append("        sections.append(\(writer.section(section)))")
        }
        let onboarding = data.onboarding.map(writer.onboarding) ?? "nil"
        lines.append("        return PrebuiltData(languages: language.map(\\.code), packs: packs, commands: commands, sections: sections,")
        lines.append("                            onboarding: \(onboarding))")
        lines += ["    }", "}", ""]
        return lines.joined(separator: "\n")
    }

    private static func literal(_ text: String) -> String { CompiledSchemaWriter.literal(text) }
}

/// The Swift expressions of the values `PrebuiltDataWriter` writes. Languages are written as
/// `language[i]`, the generated function's list of the languages the values were made with.
private struct ValueWriter {
    let languages: [String]

    func literal(_ text: String) -> String { CompiledSchemaWriter.literal(text) }

    func optional(_ text: String?) -> String { text.map(literal) ?? "nil" }

    func optional(_ number: Int?) -> String { number.map(String.init) ?? "nil" }

    func list(_ texts: [String]) -> String { "[" + texts.map(literal).joined(separator: ", ") + "]" }

    func set(_ texts: Set<String>) -> String { list(texts.sorted()) }

    func map(_ values: [String: String]) -> String {
        values.isEmpty ? "[:]" : "[" + values.keys.sorted().map { "\(literal($0)): \(literal(values[$0] ?? ""))" }.joined(separator: ", ") + "]"
    }

    func language(_ language: Language) -> String {
        languages.firstIndex(of: language.code).map { "language[\($0)]" } ?? "Language(prebuiltCode: \(literal(language.code)))"
    }

    func byLanguage(_ values: [Language: String]) -> String {
        values.isEmpty ? "[:]" : "[" + values.keys.sorted().map { "\(language($0)): \(literal(values[$0] ?? ""))" }.joined(separator: ", ") + "]"
    }

    func text(_ text: LocalizedText) -> String { "LocalizedText(\(byLanguage(text.values)))" }

    func numbered(_ entries: [(value: Int, words: [String])]) -> String {
        "[" + entries.map { "(value: \($0.value), words: \(list($0.words)))" }.joined(separator: ", ") + "]"
    }

    func pack(_ pack: LanguagePack) -> String {
        let cues = pack.detection
        let letters = cues.letters.sorted { $0.value < $1.value }.map { "\"\\u{\(String($0.value, radix: 16))}\"" }
        let detection = "LanguagePack.DetectionCues(functionWords: \(set(cues.functionWords)), endings: \(list(cues.endings)), "
            + "letters: [\(letters.joined(separator: ", "))], labels: \(set(cues.labels)), "
            + "flags: [\(cues.flags.map { "[\($0.map(String.init).joined(separator: ", "))]" }.joined(separator: ", "))])"
        let quotes = pack.quotes.map { "(open: \(literal($0.open)), close: \(literal($0.close)))" } ?? "nil"
        let negation = pack.negation.map { "LanguagePack.Negation(suffix: \(literal($0.suffix)), word: \(literal($0.word)))" } ?? "nil"
        let arguments = [
            "code: \(literal(pack.code))", "order: \(optional(pack.order))", "names: \(map(pack.names))",
            "identifiers: \(set(pack.identifiers))", "direction: .\(pack.direction)", "quotes: \(quotes)",
            "detection: \(detection)", "yesWords: \(set(pack.yesWords))", "noWords: \(set(pack.noWords))",
            "otherWords: \(set(pack.otherWords))", "mineWords: \(set(pack.mineWords))", "theirsWords: \(set(pack.theirsWords))",
            "numbers: \(numbered(pack.numbers))", "months: \(numbered(pack.months))",
            "longSentenceWords: \(optional(pack.longSentenceWords))", "voikko: \(optional(pack.voikko))",
            "hunspell: \(optional(pack.hunspell))", "snowball: \(optional(pack.snowball))",
            "dictionaryPackage: \(optional(pack.dictionaryPackage))", "analysis: .\(pack.analysis)",
            "splitsCompounds: \(pack.splitsCompounds)", "suffixStripper: \(optional(pack.suffixStripper))",
            "spellingMatchMinimum: \(pack.spellingMatchMinimum)", "possessiveSuffix: \(optional(pack.possessiveSuffix))",
            "negation: \(negation)", "britishSpelling: \(pack.britishSpelling)", "plurals: .\(pack.plurals)",
        ]
        return "LanguagePack(" + arguments.joined(separator: ", ") + ")"
    }

    func command(_ command: ChatCommand) -> String {
        let actions = command.actions.isEmpty ? "[:]"
            : "[" + command.actions.keys.sorted().map { "\(literal($0)): \(command.actions[$0].map(text) ?? "")" }.joined(separator: ", ") + "]"
        let target: String
        switch command.target {
        case .flow(let flow, let argument)?: target = ".flow(\(literal(flow)), argument: \(argument.map { ".\($0)" } ?? "nil"))"
        case .action(let action)?: target = ".action(.\(action))"
        case nil: target = "nil"
        }
        return "ChatCommand(id: \(literal(command.id)), names: \(byLanguage(command.names)), arguments: \(list(command.arguments)), "
            + "usage: \(text(command.usage)), summary: \(text(command.summary)), flowOnly: \(command.flowOnly), "
            + "actions: \(actions), target: \(target))"
    }

    func planCommand(_ command: PlanCommand?) -> String {
        command.map { "PlanCommand(id: \(literal($0.id)), argument: \(optional($0.argument)))" } ?? "nil"
    }

    func section(_ section: PlanSection) -> String {
        let fields = section.fields.map { "PlanSection.Field(pointer: JSONPointer(tokens: \(list($0.pointer.tokens))), command: \(planCommand($0.command)))" }
        return "PlanSection(id: \(literal(section.id)), title: \(text(section.title)), fields: [\(fields.joined(separator: ", "))], "
            + "command: \(planCommand(section.command)), occasional: \(section.occasional))"
    }

    func onboarding(_ layout: OnboardingLayout) -> String {
        let tips = layout.tips.map { "OnboardingLayout.Tip(number: \($0.number), completeField: \(optional($0.completeField)))" }
        return "OnboardingLayout(tips: [\(tips.joined(separator: ", "))], completedField: \(optional(layout.completedField)), "
            + "startedField: \(optional(layout.startedField)))"
    }
}
