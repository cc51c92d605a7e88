/// The one way from a folder of articles to a merged chronology.
public enum Pipeline {
    /// Loads `folder` and builds its chronology. Throws only when the folder itself cannot
    /// be read; problems with single files become `Chronology.warnings`.
    public static func chronology(folder: String) throws -> Chronology {
        Chronology(root: folder, documents: [], entries: [], actors: [], warnings: [])
    }
}
