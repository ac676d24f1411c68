import Foundation
import Testing
import Glibc
import KuuloApp
import KuuloCore
import KuuloData

@Suite("A failed export says why in the chat's language, not in the C library's English")
struct ExportFailureReasonTests {
    @Test("a folder that does not exist and a name too long, through the binary, in both languages", arguments: [Language.fi, .en])
    func throughTheBinary(language: Language) throws {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        let export = language == .fi ? "/vie" : "/export"
        let long = String(repeating: "a", count: 300) + ".html"
        let chat = try BinaryRunner.run(["--lang", language.code, "--user", "Maija"], input: "\(export) html nowhere/plan.html\n\(export) html \(long)\n", folder: folder)
        let missing = language == .fi ? "nowhere/plan.html: tänne ei voi kirjoittaa (kansiota ei ole)." : "nowhere/plan.html: cannot write here (the folder does not exist)."
        #expect(chat.stdout.contains(missing) || chat.stderr.contains(missing), "\(chat.stdout)\n\(chat.stderr)")
        let tooLong = language == .fi ? "nimi on liian pitkä" : "the name is too long"
        #expect((chat.stdout + chat.stderr).contains(tooLong), "\(chat.stdout)\n\(chat.stderr)")
        #expect(!(chat.stdout + chat.stderr).contains("No such file or directory"))
        #expect(!(chat.stdout + chat.stderr).contains("File name too long"))

        let command = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", language.code, "-o", "nowhere/plan.md"], folder: folder)
        #expect(command.code == 74)
        #expect(command.stderr.contains(language == .fi ? "(kansiota ei ole)" : "(the folder does not exist)"), "\(command.stderr)")
    }

    @Test("each common system error has its own words in both languages; any other says its code")
    func everyReason() {
        let messages = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all)).messages
        let named: [Int32] = [ENOENT, ENOTDIR, EACCES, EPERM, ENOSPC, EDQUOT, EROFS, ENAMETOOLONG, EISDIR]
        for language in [Language.fi, .en] {
            let texts = named.map { SystemErrorCode($0).text(messages, language) }
            for (code, text) in zip(named, texts) {
                #expect(!text.isEmpty && text != SystemErrorCode(code).systemDescription, "\(code) in \(language.code): \(text)")
                #expect(!text.contains("{"))
            }
            #expect(Set(texts).count == 6, "six kinds of reason: \(texts)")
            let other = SystemErrorCode(EIO).text(messages, language)
            #expect(other.contains(String(EIO)) && !other.contains("Input/output"), "\(other)")
        }
        #expect(SystemErrorCode(ENOSPC).text(messages, .fi) == "levy on täynnä")
        #expect(SystemErrorCode(EROFS).text(messages, .en) == "the disk is read-only")
    }
}
