/// The files of a corpus folder before any is read: its articles in file-name order, each
/// with its sidecar, and one warning per other file the folder should not hold.
public struct CorpusListing: Sendable {
    public struct Article: Sendable, Equatable {
        /// File name in the folder.
        public var name: String
        /// The sidecar's file name, when there is one.
        public var sidecar: String?
    }

    /// The folder as given by the user.
    public var root: String
    public var articles: [Article]
    /// About the folder's files other than articles and sidecars.
    public var warnings: [LoadWarning]
    /// The built-in lexicon with the folder's `lexicon.yaml` applied, and its problems.
    public var lexicon: Lexicon
    public var lexiconWarnings: [LoadWarning]
}
