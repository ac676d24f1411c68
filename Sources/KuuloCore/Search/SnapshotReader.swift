import Foundation

/// Reads what `SnapshotWriter` wrote. Every read is checked: a file cut short, of another format
/// version or key, or of random bytes throws `SearchSnapshot.Damaged` (the caller then builds the
/// index again), never traps and never yields a half-read value.
struct SnapshotReader: Sendable {
    private let bytes: [UInt8]
    private var position: Int
    private var end: Int
    private var table: [String] = []

    /// A reader of `bytes`, which must be a snapshot built from `key`: the magic, the format version and
    /// the key are checked and the string table read.
    init(_ bytes: [UInt8], key: String) throws(SearchSnapshot.Damaged) {
        self.bytes = bytes
        self.position = 0
        self.end = bytes.count - 8
        let magic = SearchSnapshot.magic
        guard bytes.count >= magic.count + 8, bytes[0..<magic.count].elementsEqual(magic) else { throw .init() }
        let last = end
        let stored = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: last, as: UInt64.self) })
        guard SearchSnapshot.checksum(bytes[0..<end]) == stored else { throw .init() }
        position = magic.count
        guard try count() == SearchSnapshot.formatVersion, try text() == key else { throw .init() }
        let total = try itemCount()
        var strings: [String] = []
        strings.reserveCapacity(total)
        for _ in 0..<total { strings.append(try text()) }
        self.table = strings
        // The body must fill the rest exactly.
        guard try count() == end - position else { throw .init() }
    }

    /// Where the next read starts in the snapshot.
    var offset: Int { position }

    /// A reader of the next `length` bytes alone; this one moves past them.
    mutating func part(length: Int) throws(SearchSnapshot.Damaged) -> SnapshotReader {
        guard length <= end - position else { throw .init() }
        var part = self
        part.end = position + length
        position += length
        return part
    }

    /// A reader of the `length` bytes at `start`, kept within this reader's bytes.
    func part(at start: Int, length: Int) -> SnapshotReader {
        var part = self
        part.position = min(max(start, position), end)
        part.end = max(min(start + length, end), part.position)
        return part
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { position == end }

    /// An unsigned integer.
    mutating func count() throws(SearchSnapshot.Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 63 else { throw .init() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw .init() }
        return Int(value)
    }

    /// A number of items to read, each of which takes at least one byte.
    mutating func itemCount() throws(SearchSnapshot.Damaged) -> Int {
        let value = try count()
        guard value <= end - position else { throw .init() }
        return value
    }

    /// A flag.
    mutating func bool() throws(SearchSnapshot.Damaged) -> Bool {
        guard position < end, bytes[position] <= 1 else { throw .init() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// A double, bit for bit.
    mutating func double() throws(SearchSnapshot.Damaged) -> Double {
        guard end - position >= 8 else { throw .init() }
        let start = position
        let bits = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: UInt64.self) }
        position += 8
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    /// A string of the string table.
    mutating func string() throws(SearchSnapshot.Damaged) -> String {
        let number = try count()
        guard number < table.count else { throw .init() }
        return table[number]
    }

    /// Strings, their count first.
    mutating func strings() throws(SearchSnapshot.Damaged) -> [String] {
        let total = try itemCount()
        var values: [String] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try string()) }
        return values
    }

    /// A set of strings.
    mutating func set() throws(SearchSnapshot.Damaged) -> Set<String> {
        Set(try strings())
    }

    /// A map of strings to string lists.
    mutating func map() throws(SearchSnapshot.Damaged) -> [String: [String]] {
        let total = try itemCount()
        var values: [String: [String]] = [:]
        values.reserveCapacity(total)
        for _ in 0..<total {
            let key = try string()
            values[key] = try strings()
        }
        return values
    }

    /// A string written in full (the header and the string table).
    private mutating func text() throws(SearchSnapshot.Damaged) -> String {
        let length = try count()
        guard length <= end - position else { throw .init() }
        let start = position
        position += length
        // Invalid UTF-8 would be repaired (U+FFFD) by `String(decoding:)`, so the bytes come back
        // unchanged exactly when they were valid; a damaged table is rejected. Both the decoding and the
        // comparison run on the bytes in place (on a slice, or element by element, they take slow
        // generic paths: ~1,100 instructions a string).
        let valid = bytes.withUnsafeBufferPointer { all -> String? in
            let stored = UnsafeBufferPointer(rebasing: all[start..<(start + length)])
            let value = String(decoding: stored, as: UTF8.self)
            let unchanged = value.utf8.withContiguousStorageIfAvailable { decoded in
                guard decoded.count == length else { return false }
                guard let left = decoded.baseAddress, let right = stored.baseAddress else { return length == 0 }
                return memcmp(left, right, length) == 0
            }
            return unchanged == true ? value : nil
        }
        guard let valid else { throw .init() }
        return valid
    }
}
