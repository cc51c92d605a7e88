import ChronicleCore
import Foundation

/// A build of the chronology on a thread of its own, so that the browser can show how far
/// it is and be quit meanwhile.
final class BackgroundBuild: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: BuildProgress?
    /// When the first figures came: the rate is of the analysis, not of what came before.
    private var firstReport: UInt64 = 0
    private var outcome: Result<IndexedBuild.Result, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(folder: String, gazetteer: String?, indexPath: String?) {
        let now = Date()
        Thread.detachNewThread { [self] in
            let result = Result {
                try IndexedBuild.chronology(folder: folder, gazetteerPath: gazetteer, indexPath: indexPath, now: now,
                                            progress: { progress in self.report(progress) })
            }
            lock.withLock { outcome = result }
            done.signal()
        }
    }

    private func report(_ progress: BuildProgress) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            if self.progress == nil { firstReport = now }
            self.progress = progress
        }
    }

    /// Whether the build ended within `seconds`.
    func ends(within seconds: Double) -> Bool {
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()
        return true
    }

    var isDone: Bool { lock.withLock { outcome != nil } }

    /// Waits for the build and gives its result, or throws what it threw.
    func result() throws -> IndexedBuild.Result {
        done.wait()
        done.signal()
        return try lock.withLock { outcome! }.get()
    }

    /// "1234/5000 files, 12.3/50.0 MB, 8.1 MB/s, 5 s left", then what follows the reading.
    var status: String {
        lock.lock()
        let (figures, since) = (progress, firstReport)
        lock.unlock()
        guard let progress = figures else { return "checking the files" }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - since) / 1e9
        let line = progress.line(after: seconds)
        return progress.filesDone < progress.filesTotal ? line : line + "; merging"
    }
}
