import ChronicleCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries out the browser's export effect: format by extension, the chronology
/// exporters, an atomic write that never replaces a file unasked.
public enum ExportWriter {
    /// Writes `entries` to `path` (relative paths are taken from the current folder, `~`
    /// from the home folder) and reports the outcome as the action the reducer expects.
    public static func write(_ entries: [Entry], _ chronology: Chronology, _ path: String,
                             _ overwrite: Bool, _ query: ExportQuery) -> Action {
        write(entries, chronology, path, overwrite, folder: currentFolder(), home: homeFolder(), query: query)
    }

    public static func write(_ entries: [Entry], _ chronology: Chronology, _ path: String,
                             _ overwrite: Bool, folder: String, home: String? = nil,
                             query: ExportQuery? = nil) -> Action {
        // Messages name the path as typed: the status line is one row, and the user
        // recognises their own words faster than a long absolute path.
        let shown = DisplayText.sanitize(path)
        let full = resolve(path, folder: folder, home: home)
        if isFolder(full) {
            return .exportFailed("\(shown) is a folder; add a file name such as \(shown.hasSuffix("/") ? shown : shown + "/")chronicle.md")
        }
        guard let format = ExportFormat.infer(fromPath: path) else {
            return .exportFailed("\(shown): name the format by extension (.txt, .md, .json or .csv)")
        }
        let text = ChronologyExporter.render(entries, of: chronology, as: format, query: query)
        do {
            try AtomicFileWriter.write(Array(text.utf8), to: full, overwrite: overwrite)
        } catch AtomicFileWriter.Failure.exists {
            return .exportTargetExists(path: path)
        } catch AtomicFileWriter.Failure.notRegularFile(_, let what) {
            return .exportFailed("\(shown) is \(what), not a regular file; not replaced")
        } catch AtomicFileWriter.Failure.folderMissing {
            return .exportFailed("cannot write \(shown): the folder \(DisplayText.sanitize(folderOf(path))) does not exist")
        } catch AtomicFileWriter.Failure.notAFolder {
            return .exportFailed("\(DisplayText.sanitize(folderOf(path))) is not a folder")
        } catch AtomicFileWriter.Failure.cannotWrite(_, let reason) {
            return .exportFailed("cannot write \(shown): \(DisplayText.sanitize(reason))")
        } catch {
            return .exportFailed(DisplayText.sanitize("\(error)"))
        }
        return .exported(path: DisplayText.sanitize(full), count: entries.count)
    }

    /// `~` and `~/x` as a shell would expand them; relative paths joined to `folder`.
    static func resolve(_ path: String, folder: String, home: String?) -> String {
        var p = path
        if let home, !home.isEmpty, p == "~" || p.hasPrefix("~/") {
            p = home + p.dropFirst()
        }
        if p.hasPrefix("/") { return p }
        return PathName.join(folder, p)
    }

    private static func folderOf(_ path: String) -> String {
        let folder = PathName.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func homeFolder() -> String? {
        getenv("HOME").map { String(cString: $0) }
    }

    private static func currentFolder() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
