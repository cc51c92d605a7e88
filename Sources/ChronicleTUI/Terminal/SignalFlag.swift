#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last terminating signal received; the handler only sets it, the run loop polls
/// it between keys and leaves through the normal path, so the terminal is restored.
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0

public enum SignalFlag {
    /// Installs flag-only handlers for INT, TERM, HUP and QUIT. Call before curses
    /// starts, so ncurses keeps its hands off these signals.
    public static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { pendingSignal = $0 }
            #else
            action.__sigaction_u.__sa_handler = { pendingSignal = $0 }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    /// The signal number received, if any.
    public static var received: Int32? {
        pendingSignal == 0 ? nil : Int32(pendingSignal)
    }
}
