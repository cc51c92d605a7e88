/// The documents of one folder, in file-name order, and what went wrong reading it.
public struct Corpus: Sendable {
    /// The folder as given by the user.
    public var root: String
    public var documents: [Document]
    public var warnings: [LoadWarning]
    /// The built-in lexicon with the folder's own `lexicon.yaml` applied: the words every
    /// rule reads for this corpus.
    public var lexicon: Lexicon

    public init(root: String, documents: [Document], warnings: [LoadWarning] = [], lexicon: Lexicon = .bundled) {
        self.root = root
        self.documents = documents
        self.warnings = warnings
        self.lexicon = lexicon
    }
}
