import Foundation

/// Where the index of a corpus folder lives by default: one database per folder in the
/// user's cache, `$XDG_CACHE_HOME/chronicle/` (else `~/.cache/chronicle/`), named by a
/// hash of the folder's real path, so the corpus folder itself is never written.
public enum IndexLocation {
    public static func defaultPath(for folder: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let cache: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = xdg
        } else {
            cache = PathName.join(environment["HOME"] ?? NSHomeDirectory(), ".cache")
        }
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        let name = String(ContentHash.of([Array(real.utf8)]).prefix(16))
        return PathName.join(PathName.join(cache, "chronicle"), name + ".sqlite")
    }
}
