import Foundation
import KuuloCore

/// Prints the written plan's HTML to an A4 PDF (page numbers from the HTML's print style) through a
/// headless Chromium, the way a browser's "Save as PDF" would. Boards attach the approved plan to their
/// minutes as a PDF.
struct PDFPrinter {
    /// Why printing failed.
    enum Failure: Error {
        /// No Chromium or Chrome was found.
        case noBrowser
        /// The browser ran but wrote no PDF; its last words.
        case failed(String)
    }

    /// The browsers tried in order on `PATH`, unless `KUULO_CHROMIUM` names one.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    let environment: AppEnvironment

    /// The browser's path: `KUULO_CHROMIUM`, else the first candidate found on `PATH`.
    var browser: String? {
        if let chosen = environment.variables["KUULO_CHROMIUM"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let folders = (environment.variables["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in Self.candidates {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// The PDF of `html`.
    func print(html: String) throws(Failure) -> [UInt8] {
        guard let browser else { throw .noBrowser }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuulo-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("plan.html")
        let pdf = folder.appendingPathComponent("plan.pdf")
        let process = Process()
        let errors = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            process.executableURL = URL(fileURLWithPath: browser)
            var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--no-pdf-header-footer",
                             "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--print-to-pdf=" + pdf.path]
            // Chromium refuses to run as root (as in CI containers) with its sandbox on.
            if getuid() == 0 { arguments.append("--no-sandbox") }
            process.arguments = arguments + [page.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw .failed(error.localizedDescription)
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
            let lastLine = String(decoding: said, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw .failed("exit \(process.terminationStatus) \(lastLine)")
        }
        return Array(data)
    }
}
