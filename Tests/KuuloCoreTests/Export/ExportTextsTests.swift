import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Export texts")
struct ExportTextsTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("every export message id has a text in every language, and the files have the same keys")
    func complete() throws {
        for key in ExportTextKey.allCases {
            for language in Language.allCases {
                #expect(ExportTexts.has(key, language: language, data: data), "\(key.rawValue) missing in \(language.rawValue)")
            }
        }
        let finnish = try #require(data.tree("Prompts/export.fi.yaml"))
        let english = try #require(data.tree("Prompts/export.en.yaml"))
        #expect(Set(finnish["texts"]?.objectValue?.keys ?? [:].keys) == Set(ExportTextKey.allCases.map(\.rawValue)))
        #expect(Set(english["texts"]?.objectValue?.keys ?? [:].keys) == Set(ExportTextKey.allCases.map(\.rawValue)))
        for part in ["values", "lists", "commands"] {
            let fiKeys = Set(finnish[part]?.objectValue?.keys ?? [:].keys)
            #expect(fiKeys == Set(english[part]?.objectValue?.keys ?? [:].keys), "\(part)")
        }
        for group in finnish["values"]?.objectValue?.keys ?? [:].keys {
            #expect(Set(finnish["values"]?[group]?.objectValue?.keys ?? [:].keys) == Set(english["values"]?[group]?.objectValue?.keys ?? [:].keys), "\(group)")
        }
        for language in Language.allCases {
            let texts = ExportTexts(data: data, language: language)
            #expect(texts.list("months").count == 12)
            #expect(texts.list("weekdays").count == 7)
            #expect(texts.list("accessibilityPrinciples").count >= 4)
        }
        #expect(data.warnings.isEmpty)
    }

    @Test("the words cover every value the flows offer")
    func valuesCoverFlows() throws {
        let texts = ExportTexts(data: data, language: .fi)
        for (flow, field, group) in [("onboarding", "/monitoring/frequency", "frequency"), ("onboarding", "/engagement/responseTime", "responseTime"),
                                     ("onboarding", "/metrics/reviewRhythm", "reviewRhythm"), ("setup", "/organisation/kind", "kind"),
                                     ("setup", "/organisation/languages", "language")] {
            let steps = data.tree("Prompts/flows/\(flow).yaml")?["steps"]?.arrayValue ?? []
            let step = try #require(steps.first { $0["field"]?.stringValue == field }, "\(flow) \(field)")
            for option in step["options"]?.arrayValue ?? [] {
                let value = try #require(option["value"]?.stringValue)
                #expect(texts.value(group, value) != value, "\(group).\(value) has no Finnish word")
            }
        }
    }

    @Test("the board's document names no chat command: no text of the export files holds a {command} placeholder or a slash command")
    func noCommands() throws {
        for language in Language.allCases {
            let file = try #require(data.text(ExportTexts.path(language)))
            #expect(!file.contains("{command}"), "\(language)")
            #expect(!file.contains("kuulo plan"), "\(language)")
        }
    }

    @Test("templates become spans, keeping unknown placeholders")
    func spans() {
        let spans = [ExportInline].template("Use {command} or {other}.", ["command": [.code("/x")]])
        #expect(spans == [.text("Use "), .code("/x"), .text(" or {other}.")])
        #expect([ExportInline].template("{a}", ["a": [.text("b")]]) == [.text("b")])
        #expect([ExportInline].template("open { brace", [:]).plain == "open { brace")
    }
}
