import ChronicleCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries out the browser's export effect: format by extension, the chronology
/// exporters, an atomic write that never replaces a file unasked.
public enum ExportWriter {
    /// Writes `entries` to `path` (relative paths are taken from `folder`) and reports
    /// the outcome as the action the reducer expects.
    public static func write(_ entries: [Entry], _ chronology: Chronology, _ path: String,
                             _ overwrite: Bool) -> Action {
        write(entries, chronology, path, overwrite, folder: currentFolder())
    }

    public static func write(_ entries: [Entry], _ chronology: Chronology, _ path: String,
                             _ overwrite: Bool, folder: String) -> Action {
        let shown = DisplayText.sanitize(path)
        guard let format = ExportFormat.infer(fromPath: path) else {
            return .exportFailed("\(shown): name the format by extension (.txt, .md, .json or .csv)")
        }
        let full = path.hasPrefix("/") ? path : (folder.hasSuffix("/") ? folder : folder + "/") + path
        let text = ChronologyExporter.render(entries, of: chronology, as: format)
        do {
            try AtomicFileWriter.write(Array(text.utf8), to: full, overwrite: overwrite)
        } catch AtomicFileWriter.Failure.exists {
            return .exportTargetExists(path: path)
        } catch {
            return .exportFailed(DisplayText.sanitize("\(error)"))
        }
        return .exported(path: DisplayText.sanitize(full), count: entries.count)
    }

    private static func currentFolder() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }
}
