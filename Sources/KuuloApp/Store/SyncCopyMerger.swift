import Foundation
import KuuloCore

/// At the start of a session, finds the conflict copies that a file-syncing tool (Syncthing, Dropbox,
/// Nextcloud, OneDrive) left beside the plan, merges each into the plan field by field through the
/// plan's store, and moves a copy aside (`<copy>.merged`) only once its work is safely in the plan.
/// Fields that both changed differently keep the plan's value and are recorded in the plan, where the
/// chat asks about them next.
struct SyncCopyMerger {
    /// What the name of a merged copy gets at its end.
    static let mergedSuffix = ".merged"

    let store: PlanStore
    let fileSystem: FileSystem
    let messages: MessageCatalog
    let language: Language

    /// Merges every conflict copy into `document` (saved as it goes) and returns the plan as it is
    /// now with what to tell the trustee. A copy that cannot be read or merged is left as it is.
    func mergeCopies(into document: PlanDocument) -> (document: PlanDocument, messages: [ChatMessage]) {
        let planName = ((try? LocalFileSystem.writeTarget(store.path)) ?? store.path) as NSString
        let folder = LocalFileSystem.folder(of: planName as String)
        var current = document
        var said: [ChatMessage] = []
        for copy in SyncConflictCopy.find(of: planName.lastPathComponent, among: fileSystem.siblings(of: store.path)) {
            let path = folder + "/" + copy.name
            let loaded: PlanDocument?
            do {
                loaded = try PlanStore(path: path, fileSystem: fileSystem, schema: store.schema, validator: store.validator).load()
            } catch {
                if copy.certain { said.append(note(.syncCopyUnreadable, copy, ["reason": reason(error, path: path)], style: .error)) }
                continue
            }
            guard let theirs = loaded else { continue }
            // A copy that shares no history is merged only when it is certainly a copy (by its name) of a
            // plan for the same organisation: two trustees who each started the plan from scratch.
            guard let outcome = PlanMerge.mergeCopy(theirs, into: current, origin: copy.name, unrelated: copy.certain ? .sameOrganisation : .refuse) else {
                if copy.certain { said.append(note(.syncCopyUnrelated, copy, style: .hint)) }
                continue
            }
            let addsNothing = outcome.document == current
            if addsNothing, !copy.certain { continue }
            if !addsNothing {
                do {
                    switch try store.save(outcome.document) {
                    case .saved: current = outcome.document
                    case .merged(let merged): current = merged.document
                    case .conflicts:
                        said.append(note(.syncCopyNotSaved, copy, ["reason": messages.text(.mergedWithOther, language)], style: .error))
                        continue
                    }
                } catch {
                    said.append(note(.syncCopyNotSaved, copy, ["reason": reason(error, path: store.path)], style: .error))
                    continue
                }
            }
            guard let aside = try? fileSystem.moveAside(path, suffix: Self.mergedSuffix) else { continue }
            let asideName = PathName.lastComponent(of: aside)
            said.append(note(addsNothing ? .syncCopyUnchanged : .syncCopyMerged, copy, ["aside": asideName], style: .success))
            if outcome.withoutBase { said.append(note(.syncCopyWithoutBase, copy, style: .hint)) }
        }
        return (current, said)
    }

    private func note(_ key: MessageKey, _ copy: SyncConflictCopy, _ arguments: [String: String] = [:], style: ChatMessage.Style) -> ChatMessage {
        ChatMessage(messages.text(key, language, arguments.merging(["file": copy.name]) { own, _ in own }), style: style)
    }

    /// The user-facing text of a store error, as the commands report it.
    private func reason(_ error: PlanStoreError, path: String) -> String {
        let described = KuuloError.store(error, path: path, messages: messages, language: language, reading: true)
        return ([messages.text(described.key, language, described.arguments)] + described.details).joined(separator: " ")
    }
}
