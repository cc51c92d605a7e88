import Foundation

/// How far a build is: articles and bytes analysed of those to analyse.
public struct BuildProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Since the build started.
    public var seconds: Double

    /// MB per second so far.
    public var rate: Double { seconds > 0 ? Double(bytesDone) / 1_000_000 / seconds : 0 }

    /// Seconds left at the rate so far; nil before there is a rate.
    public var secondsLeft: Double? {
        guard bytesDone > 0, seconds > 0 else { return nil }
        return Double(bytesTotal - bytesDone) / (Double(bytesDone) / seconds)
    }

    /// "1234/5000 files, 12.3/50.0 MB, 8.1 MB/s, 5 s left"
    public var line: String {
        var text = "\(filesDone)/\(filesTotal) files, "
            + String(format: "%.1f/%.1f MB, %.1f MB/s", Double(bytesDone) / 1e6, Double(bytesTotal) / 1e6, rate)
        if let left = secondsLeft { text += String(format: ", %.0f s left", left.rounded(.up)) }
        return text
    }
}

/// Counts analysed articles from several threads and passes the figures on.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: BuildProgress
    private let start = DispatchTime.now().uptimeNanoseconds
    private let report: @Sendable (BuildProgress) -> Void

    init(files: Int, bytes: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        progress = BuildProgress(filesDone: 0, filesTotal: files, bytesDone: 0, bytesTotal: bytes, seconds: 0)
        self.report = report
    }

    func add(bytes: Int) {
        lock.lock()
        progress.filesDone += 1
        progress.bytesDone += bytes
        progress.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let now = progress
        lock.unlock()
        report(now)
    }
}
