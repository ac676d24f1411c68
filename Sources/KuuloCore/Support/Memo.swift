import Foundation

/// Answers remembered by key for the life of the object that holds the memo (a check, a segmenter):
/// checks ask the same things about the same words again and again, and each answer may cost a
/// dictionary look-up through C. Safe to share between threads; past `limit` keys it starts over,
/// so memory stays bounded whatever the input.
public final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    /// A memo of at most `limit` keys.
    public init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The remembered value for `key`, else `make()` remembered.
    public func value(_ key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = made
        lock.unlock()
        return made
    }
}
