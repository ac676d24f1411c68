import Foundation

/// A value made on first use and kept, under a lock so that copies of its owner on other tasks share
/// it safely: the check session's language services, the chat's check session.
final class OnceValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// Creates an empty holder.
    init() {}

    /// The kept value, or the one `make` gives, kept from now on.
    func get(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
