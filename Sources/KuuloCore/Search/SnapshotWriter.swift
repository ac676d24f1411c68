import Foundation

/// Writes a search snapshot (`SearchSnapshot`): a built index kept as bytes so that the next run loads
/// it instead of analysing Knowledge and the intents again.
///
/// The format is simple and compact: unsigned integers as LEB128 varints, doubles as their 64-bit
/// pattern (little-endian, so a loaded index scores exactly as the built one), and every string once,
/// in a table at the front, referred to by its number. `finished(key:)` puts the magic bytes, the
/// format version and the key (what the snapshot was built from) before it all, and a checksum of
/// everything before it at the end (`SearchSnapshot.checksum`, little-endian), so that a damaged byte
/// anywhere is noticed, not read as another index.
struct SnapshotWriter {
    private var body: [UInt8] = []
    private var table: [String] = []
    private var numbers: [String: Int] = [:]

    /// An unsigned integer (counts, indexes).
    mutating func count(_ value: Int) {
        var rest = UInt64(max(value, 0))
        repeat {
            let low = UInt8(rest & 0x7f)
            rest >>= 7
            body.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    /// A flag.
    mutating func bool(_ value: Bool) {
        body.append(value ? 1 : 0)
    }

    /// A double, bit for bit.
    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            body.append(UInt8(bits & 0xff))
            bits >>= 8
        }
    }

    /// A string, by its number in the string table.
    mutating func string(_ value: String) {
        if let number = numbers[value] {
            count(number)
            return
        }
        numbers[value] = table.count
        count(table.count)
        table.append(value)
    }

    /// Strings, their count first.
    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// A set of strings, sorted (so the same set always gives the same bytes).
    mutating func set(_ values: Set<String>) {
        strings(values.sorted())
    }

    /// A map of strings to string lists, keys sorted.
    mutating func map(_ values: [String: [String]]) {
        count(values.count)
        for key in values.keys.sorted() {
            string(key)
            strings(values[key] ?? [])
        }
    }

    /// Bytes another writer wrote (`written`); it must have written no strings, whose table would be lost.
    mutating func raw(_ bytes: [UInt8]) {
        body.append(contentsOf: bytes)
    }

    /// What was written so far, without header or string table.
    var written: [UInt8] { body }

    /// The whole snapshot: magic, format version, `key`, the string table, then what was written.
    func finished(key: String) -> [UInt8] {
        var head = SnapshotWriter()
        head.body = SearchSnapshot.magic
        head.count(SearchSnapshot.formatVersion)
        head.text(key)
        head.count(table.count)
        for string in table { head.text(string) }
        head.count(body.count)
        var bytes = head.body + body
        var sum = SearchSnapshot.checksum(bytes[...])
        for _ in 0..<8 {
            bytes.append(UInt8(sum & 0xff))
            sum >>= 8
        }
        return bytes
    }

    /// A string written in full: its UTF-8 length, then its bytes.
    private mutating func text(_ value: String) {
        count(value.utf8.count)
        body.append(contentsOf: value.utf8)
    }
}
