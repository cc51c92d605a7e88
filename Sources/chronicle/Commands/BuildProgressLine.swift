import ChronicleCore
import Foundation

/// Progress of a build on standard error, when it is a terminal and the build has taken
/// more than a second: one line, rewritten in place, cleared when the build ends.
enum BuildProgressLine {
    nonisolated(unsafe) private static var shown = false
    nonisolated(unsafe) private static var lastDraw = 0.0
    private static let lock = NSLock()

    /// Nil when standard error is not a terminal: then nothing is shown.
    static func reporter() -> (@Sendable (BuildProgress) -> Void)? {
        guard isatty(2) != 0 else { return nil }
        let start = DispatchTime.now().uptimeNanoseconds
        return { progress in
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            lock.lock()
            defer { lock.unlock() }
            // A quick build shows nothing; a long one redraws a few times a second.
            guard seconds >= 1, seconds - lastDraw >= 0.2 || progress.filesDone == progress.filesTotal else { return }
            lastDraw = seconds
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[Kchronicle: reading \(progress.line(after: seconds))".utf8))
        }
    }

    /// Clears the line, if one was shown.
    static func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
