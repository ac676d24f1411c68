import Foundation
import Testing

@Suite("End to end: a language pack from the data folder")
struct LanguagePackEndToEndTests {
    @Test("--lang accepts a made-up language whose pack is only in --data-dir, and refuses it without")
    func thirdLanguage() throws {
        let folder = BinaryRunner.makeFolder()
        try FileManager.default.createDirectory(atPath: folder + "/custom/Prompts/languages", withIntermediateDirectories: true)
        let pack = """
            code: xx
            names: {xx: zorbu, fi: zorbi, en: Zorbish}
            identifiers: [zorbish]
            answers: {"yes": [zaa], "no": [nuu]}
            sentences: {longSentenceWords: 12}
            """
        try pack.write(toFile: folder + "/custom/Prompts/languages/xx.yaml", atomically: true, encoding: .utf8)
        let withPack = try BinaryRunner.run(["ask", "--lang", "zorbish", "--data-dir", "custom", "--format", "json", "zan", "blop"], folder: folder)
        #expect(withPack.code == 0, "\(withPack.stderr)")
        #expect(withPack.stdout.contains("\"answers\": []"))
        #expect(withPack.stderr.isEmpty, "\(withPack.stderr)")
        let withoutPack = try BinaryRunner.run(["ask", "--lang", "xx", "zan", "blop"], folder: folder)
        #expect(withoutPack.code == 64)
    }
}
