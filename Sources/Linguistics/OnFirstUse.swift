import Foundation

/// A value made the first time it is asked for, then kept: the language libraries and dictionaries
/// are slow to open and most runs never need them. Thread-safe: the value is made once, under a lock.
public final class OnFirstUse<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made = false
    private var stored: Value?
    private let make: @Sendable () -> Value

    /// Remembers how to make the value; nothing is made yet.
    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made on the first call.
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if !made {
            stored = make()
            made = true
        }
        // `stored` is set whenever `made` is true.
        return stored ?? make()
    }
}
