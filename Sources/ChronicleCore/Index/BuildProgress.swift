import Foundation

/// How far a build is: articles and bytes analysed of those to analyse. The library does
/// not keep time; whoever shows progress gives the seconds elapsed.
public struct BuildProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int

    /// "1234/5000 files, 12.3/50.0 MB, 8.1 MB/s, 5 s left", after `seconds` of work.
    public func line(after seconds: Double) -> String {
        var text = "\(filesDone)/\(filesTotal) files, "
            + String(format: "%.1f/%.1f MB", Double(bytesDone) / 1e6, Double(bytesTotal) / 1e6)
        guard seconds > 0, bytesDone > 0 else { return text }
        let rate = Double(bytesDone) / seconds
        text += String(format: ", %.1f MB/s, %.0f s left", rate / 1e6, (Double(bytesTotal - bytesDone) / rate).rounded(.up))
        return text
    }
}

/// Counts analysed articles from several threads and passes the figures on.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: BuildProgress
    private let report: @Sendable (BuildProgress) -> Void

    init(files: Int, bytes: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        progress = BuildProgress(filesDone: 0, filesTotal: files, bytesDone: 0, bytesTotal: bytes)
        self.report = report
        report(progress)
    }

    func add(bytes: Int) {
        lock.lock()
        progress.filesDone += 1
        progress.bytesDone += bytes
        let now = progress
        lock.unlock()
        report(now)
    }
}
