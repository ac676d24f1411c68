import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan scan`: where the plan and its history hold personal data, masked so that the listing
/// does not show it again. Exit 0 when clean, 1 when something was found.
struct PlanScan: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "List personal identity codes, phone numbers, e-mail addresses and IBANs in the plan and its history (masked).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "text or json") var format: OutputFormat = .text

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let scan = PersonalDataScan(document: access.document)
            let code = scan.isClean ? ExitCodes.ok : ExitCodes.failure
            if format == .json {
                access.context.output.raw(JSONWriter.pretty(scan.json))
                return code
            }
            guard !scan.isClean else {
                access.context.output.line(access.text(.scanClean))
                return code
            }
            let structure = PlanStructure(data: access.context.resources.data)
            access.context.output.line(access.text(.scanHeader, ["count": String(scan.findings.count)]))
            for finding in scan.findings {
                var arguments = ["masked": finding.masked, "kind": access.text(finding.kind.messageKey),
                                 "place": place(of: finding, structure: structure, access: access)]
                if let revision = finding.revision {
                    arguments["revision"] = String(revision)
                    arguments["author"] = finding.author ?? ""
                    access.context.output.line(access.text(.scanLineRevision, arguments))
                } else {
                    access.context.output.line(access.text(.scanLineCurrent, arguments))
                }
            }
            access.context.output.line(access.text(.scanHint))
            return code
        }
    }

    /// The place in words: the section's name and the field (`Content calendar (calendar.drafts.x.text)`).
    private func place(of finding: PersonalDataScan.Finding, structure: PlanStructure, access: PlanAccess) -> String {
        switch finding.value {
        case .summary: return access.text(.scanPlaceSummary)
        case .author: return access.text(.scanPlaceAuthor)
        case .current, .before, .after: break
        }
        let field = finding.path.tokens.joined(separator: ".")
        var place = field.isEmpty ? access.text(.scanPlaceWhole) : field
        if let section = structure.section(holding: finding.path), !field.isEmpty {
            place = section.title.text(access.language) + " (" + field + ")"
        }
        return finding.value == .before ? access.text(.scanPlaceBefore, ["place": place]) : place
    }
}
