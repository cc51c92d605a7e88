/// The folder and the last component of a path, by hand: on Linux, Foundation's
/// NSString path methods trap on a one-character path such as "a" or "." and on "x/".
enum PathName {
    /// The folder part ("" for a bare name, "/" for a name at the root).
    static func folder(of path: String) -> String {
        let p = trimmed(path)
        guard let slash = p.lastIndex(of: "/") else { return "" }
        if slash == p.startIndex { return "/" }
        return String(p[..<slash])
    }

    /// The last component, trailing slashes ignored.
    static func lastComponent(of path: String) -> String {
        let p = trimmed(path)
        guard let slash = p.lastIndex(of: "/") else { return String(p) }
        return p == "/" ? "/" : String(p[p.index(after: slash)...])
    }

    private static func trimmed(_ path: String) -> Substring {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return p
    }
}
