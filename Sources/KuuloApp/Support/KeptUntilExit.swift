import Foundation

/// Values a one-shot command keeps until the process exits instead of freeing them when they go out of
/// scope: releasing a loaded search index frees every string, array and dictionary in it one by one
/// (~5 M instructions for `kuulo ask`, 5 % of its run), memory the process's exit gives back at once.
/// Only for values made once per run; a loop that keeps values would grow without bound.
enum KeptUntilExit {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` (and everything it holds) alive until the process exits; returns it.
    static func keep<Value>(_ value: Value) -> Value {
        _ = Unmanaged.passRetained(Box(value))
        return value
    }
}
