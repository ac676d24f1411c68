import Foundation

/// Reads and writes the organisation's hashtag set for the hashtag flow: tags by role with their
/// display form, note and channels, and named sets of tags.
public enum HashtagStore {
    static let tagsPointer = JSONPointer(tokens: ["hashtags", "tags"])
    static let setsPointer = JSONPointer(tokens: ["hashtags", "sets"])

    /// The tags of `role` as the flow shows them ("#Tag note"), in key order.
    public static func tags(role: String, in content: JSONValue) -> [String] {
        let map = content.value(at: tagsPointer)?.objectValue ?? [:]
        return map.keys.sorted().compactMap { key in
            guard let entry = map[key], entry["role"]?.stringValue == role else { return nil }
            let tag = "#" + (entry["display"]?.stringValue ?? entry["tag"]?.stringValue ?? key)
            let note = entry["note"]?.stringValue.map { " " + $0 } ?? ""
            return tag + note
        }
    }

    /// Makes the tags of `role` exactly `items` ("#Tag optional note"), keeping other roles and the
    /// channels of tags that stay. `display` gives the form to show (CamelCase where it helps). With
    /// `keepingOtherRoles` (a suggestion accepted as offered), an item that is already a tag of
    /// another role keeps that role: only the trustee typing it moves it.
    public static func setTags(_ items: [String], role: String, keepingOtherRoles: Bool = false, in content: inout JSONValue,
                               display: (String) -> String) {
        var map = content.value(at: tagsPointer)?.objectValue ?? [:]
        var kept: Set<String> = []
        for item in items {
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            let name = String((parts.first ?? item).drop { $0 == "#" || $0 == "＃" })
            let key = HashtagValidator.key(for: name)
            if keepingOtherRoles, let held = map[key]?["role"]?.stringValue, held != role { continue }
            kept.insert(key)
            var entry = map[key]?.objectValue ?? [:]
            entry["tag"] = .string(name)
            entry["display"] = .string(display(name))
            entry["role"] = .string(role)
            entry["note"] = parts.count > 1 ? .string(parts[1]) : nil
            map[key] = .object(entry)
        }
        for (key, entry) in map where entry["role"]?.stringValue == role && !kept.contains(key) {
            map[key] = nil
        }
        content.setValue(.object(map), at: tagsPointer)
    }

    /// The channels used by the tags of `role` (the union, sorted).
    public static func channels(role: String, in content: JSONValue) -> [String] {
        let map = content.value(at: tagsPointer)?.objectValue ?? [:]
        let all = map.values.filter { $0["role"]?.stringValue == role }.flatMap { $0["channels"]?.stringArray ?? [] }
        return Array(Set(all)).sorted()
    }

    /// Sets the channels of every tag of `role`.
    public static func setChannels(_ channels: [String], role: String, in content: inout JSONValue) {
        var map = content.value(at: tagsPointer)?.objectValue ?? [:]
        for (key, entry) in map where entry["role"]?.stringValue == role {
            var updated = entry.objectValue ?? [:]
            updated["channels"] = .array(channels.map(JSONValue.string))
            map[key] = .object(updated)
        }
        content.setValue(.object(map), at: tagsPointer)
    }

    /// The sets as the flow shows them: "name: #a #b".
    public static func sets(in content: JSONValue) -> [String] {
        let map = content.value(at: setsPointer)?.objectValue ?? [:]
        return map.keys.sorted().compactMap { key in
            guard let entry = map[key] else { return nil }
            let name = entry["name"]?.stringValue ?? key
            return name + ": " + (entry["tags"]?.stringArray ?? []).joined(separator: " ")
        }
    }

    /// Reads "name: #a #b" lines; the problem names the first line that is not of that shape or
    /// holds a tag that would not work.
    public static func parseSet(_ line: String) -> Result<(name: String, tags: [String]), AnswerProblem> {
        guard let colon = line.firstIndex(of: ":") else { return .failure(AnswerProblem(.hashtagSetShape, ["line": line])) }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces)
        let tags = line[line.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !name.isEmpty, !tags.isEmpty else { return .failure(AnswerProblem(.hashtagSetShape, ["line": line])) }
        var written: [String] = []
        for tag in tags {
            switch HashtagValidator().validate(tag) {
            case .valid(let valid): written.append(valid.written)
            case .invalid(let problem): return .failure(AnswerParser.hashtagProblem(problem, answer: tag))
            }
        }
        return .success((name, written))
    }

    /// Replaces the sets with the given lines.
    public static func setSets(_ lines: [String], in content: inout JSONValue) {
        var map: [String: JSONValue] = [:]
        for line in lines {
            guard case .success(let set) = parseSet(line) else { continue }
            map[Slug.make(set.name)] = .object(["name": .string(set.name), "tags": .array(set.tags.map(JSONValue.string))])
        }
        content.setValue(.object(map), at: setsPointer)
    }
}
