import CLineShim
import Foundation

/// The process's interrupt and termination signals, caught as flags rather than by default actions.
public enum Signals {
    /// Installs handlers for SIGINT, SIGTERM and SIGHUP (without SA_RESTART).
    public static func install() {
        kuulo_install_signal_handlers()
    }

    /// The signal received since the last call, if any, clearing it.
    public static func take() -> Int32? {
        let number = kuulo_take_signal()
        return number == 0 ? nil : number
    }

    /// The signal received, if any, without clearing it.
    public static func peek() -> Int32? {
        let number = kuulo_peek_signal()
        return number == 0 ? nil : number
    }
}
