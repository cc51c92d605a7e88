/// The documents of one folder, in file-name order, and what went wrong reading it.
public struct Corpus: Sendable {
    /// The folder as given by the user.
    public var root: String
    public var documents: [Document]
    public var warnings: [LoadWarning]

    public init(root: String, documents: [Document], warnings: [LoadWarning] = []) {
        self.root = root
        self.documents = documents
        self.warnings = warnings
    }
}
