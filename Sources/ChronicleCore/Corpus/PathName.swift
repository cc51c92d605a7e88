import SystemPackage

/// The one place paths are taken apart and put together, through swift-system's
/// `FilePath` (Foundation's NSString path methods trap on Linux for "a", "." and "x/").
public enum PathName {
    /// The folder part ("" for a bare name, "/" for a name at the root).
    public static func folder(of path: String) -> String {
        FilePath(path).removingLastComponent().string
    }

    /// The last component, trailing slashes ignored ("/" for the root itself).
    public static func lastComponent(of path: String) -> String {
        let p = FilePath(path)
        return p.lastComponent?.string ?? p.string
    }

    /// `name` inside `folder`; just `name` when the folder is "".
    public static func join(_ folder: String, _ name: String) -> String {
        FilePath(folder).appending(name).string
    }

    /// `path` without the leading `root` folder, or `path` itself when it lies elsewhere.
    public static func relative(_ path: String, to root: String) -> String {
        var p = FilePath(path)
        guard !root.isEmpty, p.removePrefix(FilePath(root)), !p.isEmpty else { return path }
        return p.string
    }

    /// The extension after the last dot, lowercased ("" when there is none).
    public static func fileExtension(of path: String) -> String {
        FilePath(path).extension?.lowercased() ?? ""
    }
}
