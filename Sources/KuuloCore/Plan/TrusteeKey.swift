import Foundation

/// Gives a trustee added with `/trustee` the id setup would have given them: the slug of their name
/// (`maija-meikalainen`), so that when they later open Kuulo under that name they find their own entry.
enum TrusteeKey {
    /// Moves `/trustees/<key>` to the slug of its name when that id is free (else the slug with a number,
    /// `matti-2`); returns the content and the key the trustee ended up under. A record already under a
    /// non-numeric id (an edited trustee) stays where it is.
    static func rekey(_ content: JSONValue, key: String) -> (content: JSONValue, key: String) {
        guard Int(key) != nil, let record = content["trustees"]?[key], let name = record["name"]?.stringValue?.nonBlank else {
            return (content, key)
        }
        let base = Slug.make(name)
        guard !base.isEmpty else { return (content, key) }
        let taken = Set(content["trustees"]?.objectValue?.keys.map { $0 } ?? [])
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        var moved = content
        moved.setValue(nil, at: JSONPointer(tokens: ["trustees", key]))
        moved.setValue(record, at: JSONPointer(tokens: ["trustees", candidate]))
        return (moved, candidate)
    }

    /// Adds a trustee for each of `names` that no trustee has yet (a channel owner named on the spot),
    /// under the id made of the name.
    static func addNamed(_ names: [String], to content: JSONValue) -> JSONValue {
        var result = content
        for name in names {
            let trustees = result["trustees"]?.objectValue ?? [:]
            let known = trustees.values.contains { $0["name"]?.stringValue?.lowercased() == name.lowercased() }
            let key = Slug.make(name)
            guard !known, !key.isEmpty, trustees[key] == nil else { continue }
            result.setValue(.string(name), at: JSONPointer(tokens: ["trustees", key, "name"]))
        }
        return result
    }

    /// When the person answering a flow corrects their own name (`/back` at "what is your name?"),
    /// the trustee record this flow made under the old name moves to the new one instead of staying
    /// behind as a second trustee. A record that existed before the flow (`snapshot`) is never moved.
    static func renamingOwn(from previous: String, to name: String, in content: JSONValue, snapshot: JSONValue) -> JSONValue {
        let old = Slug.make(previous), new = Slug.make(name)
        guard old != new, !old.isEmpty, snapshot["trustees"]?[old] == nil, var record = content["trustees"]?[old]?.objectValue else { return content }
        var content = content
        content.setValue(nil, at: JSONPointer(tokens: ["trustees", old]))
        record["name"] = nil
        if content["trustees"]?[new] == nil, !record.isEmpty {
            content.setValue(.object(record), at: JSONPointer(tokens: ["trustees", new]))
        }
        if content["trustees"]?.objectValue?.isEmpty == true { content.setValue(nil, at: JSONPointer(tokens: ["trustees"])) }
        return content
    }
}
