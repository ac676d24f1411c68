import KuuloData
import Testing
@testable import KuuloCore

/// The commands, language packs, sections and onboarding layout that the EmbedData plugin makes as
/// Swift at every build (`EmbeddedFiles.prebuilt()`), against reading the same files at run time.
@Suite("The start's values made at build time")
struct PrebuiltDataTests {
    /// The built-in data set without the build-time values, so everything is read from the files.
    static func files(overrides: [String: String] = [:], prebuilt: PrebuiltData? = nil) -> DataFiles {
        DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, embeddedStructureJSON: EmbeddedFiles.structureJSON,
                  overrides: overrides, prebuilt: prebuilt)
    }

    @Test("the generated values are what reading Prompts/ gives: commands, sections, onboarding, and every pack field")
    func generatedEqualsParsed() {
        let generated = EmbeddedFiles.prebuilt()
        let parsed = PrebuiltData(parsing: Self.files())
        #expect(generated.languages == ["fi", "en"])
        #expect(generated.languages == parsed.languages)
        #expect(!generated.commands.isEmpty && generated.commands == parsed.commands)
        #expect(!generated.sections.isEmpty && generated.sections == parsed.sections)
        #expect(generated.onboarding != nil && generated.onboarding == parsed.onboarding)
        #expect(generated.packs.map(\.path) == ["Prompts/languages/en.yaml", "Prompts/languages/fi.yaml"])
        // The writer writes every field of a pack (sets sorted), so equal sources are equal packs.
        #expect(PrebuiltDataWriter.swiftSource(generated) == PrebuiltDataWriter.swiftSource(parsed))
    }

    @Test("the comparison sees a changed command text, section or pack word")
    func comparisonSeesChanges() throws {
        let parsed = PrebuiltData(parsing: Self.files())
        let source = PrebuiltDataWriter.swiftSource(parsed)
        var command = parsed
        command.commands[0].summary = LocalizedText([.en: "Something else", .fi: "Jotain muuta"])
        #expect(command.commands != parsed.commands)
        #expect(PrebuiltDataWriter.swiftSource(command) != source)
        var section = parsed
        section.sections[0].occasional.toggle()
        #expect(PrebuiltDataWriter.swiftSource(section) != source)
        var pack = parsed
        let finnish = try #require(parsed.packs.firstIndex { $0.pack.code == "fi" })
        let old = parsed.packs[finnish].pack
        pack.packs[finnish].pack = LanguagePack(
            code: old.code, order: old.order, names: old.names, identifiers: old.identifiers, direction: old.direction, quotes: old.quotes,
            detection: old.detection, yesWords: old.yesWords.union(["jep"]), noWords: old.noWords, otherWords: old.otherWords,
            mineWords: old.mineWords, theirsWords: old.theirsWords, numbers: old.numbers, months: old.months,
            longSentenceWords: old.longSentenceWords, voikko: old.voikko, hunspell: old.hunspell, snowball: old.snowball,
            dictionaryPackage: old.dictionaryPackage, analysis: old.analysis, splitsCompounds: old.splitsCompounds,
            suffixStripper: old.suffixStripper, spellingMatchMinimum: old.spellingMatchMinimum, possessiveSuffix: old.possessiveSuffix,
            negation: old.negation, britishSpelling: old.britishSpelling, plurals: old.plurals)
        #expect(PrebuiltDataWriter.swiftSource(pack) != source)
        // Unchanged, the copy writes the same source (the check above is not always unequal).
        pack.packs[finnish].pack = old
        #expect(PrebuiltDataWriter.swiftSource(pack) == source)
    }

    @Test("a data set uses the values only for files the organisation leaves as they are")
    func overridesAreRead() throws {
        var marked = PrebuiltData(parsing: Self.files())
        marked.commands[0].summary = LocalizedText([.en: "prebuilt", .fi: "prebuilt"])
        marked.sections[0].id = "prebuilt"
        marked.onboarding = OnboardingLayout(tips: [OnboardingLayout.Tip(number: 99, completeField: nil)], completedField: nil, startedField: nil)
        // Nothing overridden: the marked values are used.
        let plain = Self.files(prebuilt: marked)
        #expect(CommandRegistry(data: plain).commands[0].summary.text(.en) == "prebuilt")
        #expect(PlanStructure(data: plain).sections[0].id == "prebuilt")
        #expect(KuuloResources(data: plain).onboardingLayout?.numbers == [99])
        // A command text file, the sections and the onboarding flow of the organisation's own: read.
        let commandTexts = try #require(EmbeddedFiles.all["Prompts/commands.en.yaml"])
        let overridden = Self.files(overrides: [
            "Prompts/commands.en.yaml": commandTexts,
            "Prompts/sections.yaml": try #require(EmbeddedFiles.all["Prompts/sections.yaml"]),
            "Prompts/flows/onboarding.fi.yaml": try #require(EmbeddedFiles.all["Prompts/flows/onboarding.fi.yaml"]),
        ], prebuilt: marked)
        #expect(CommandRegistry(data: overridden).commands[0].summary.text(.en) != "prebuilt")
        #expect(PlanStructure(data: overridden).sections[0].id != "prebuilt")
        #expect(KuuloResources(data: overridden).onboardingLayout?.numbers != [99])
    }

    @Test("an organisation's language pack is read, and a third language makes the commands read from their files")
    func languagesDecide() {
        let prebuilt = EmbeddedFiles.prebuilt()
        let builtInFinnish = prebuilt.pack(at: "Prompts/languages/fi.yaml")
        #expect(builtInFinnish != nil)
        #expect(LanguagePacks(data: Self.files(prebuilt: prebuilt)).pack(code: "fi") === builtInFinnish)
        let replaced = Self.files(overrides: ["Prompts/languages/fi.yaml": EmbeddedFiles.all["Prompts/languages/fi.yaml"] ?? ""], prebuilt: prebuilt)
        let read = LanguagePacks(data: replaced).pack(code: "fi")
        #expect(read !== builtInFinnish && read?.yesWords.contains("kyllä") == true)
        let data = Self.files(overrides: MadeUpLanguageTests.overrides, prebuilt: prebuilt)
        let packs = LanguagePacks(data: data)
        #expect(packs.languages.map(\.code) == ["fi", "en", "xx"])
        #expect(Self.files(prebuilt: prebuilt).prebuilt(for: CommandRegistry.path) != nil)
        let packOnly = Self.files(overrides: ["Prompts/languages/xx.yaml": MadeUpLanguageTests.overrides["Prompts/languages/xx.yaml"] ?? ""],
                                  prebuilt: prebuilt)
        LanguagePacks.$scoped.withValue(packs) {
            #expect(packOnly.prebuilt(for: CommandRegistry.path) == nil)
            #expect(data.prebuilt(for: CommandRegistry.path) == nil)
            #expect(CommandRegistry(data: data).command(id: "help")?.names[Language(prebuiltCode: "xx")] == "xx-help")
        }
    }
}
