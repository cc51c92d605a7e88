/// What the index keeps of one article: everything its own analysis found, so that an
/// unchanged file is never read again, and the events last drawn from it with a digest of
/// the actors they were drawn with, so that they are drawn again only when those change.
struct DocumentRecord: Codable, Sendable {
    /// Nil when the file was skipped (binary, empty ...): `loadWarnings` say why.
    var document: StoredDocument?
    /// Problems met reading the file and its sidecar.
    var loadWarnings: [LoadWarning]
    /// A problem with the creation date found by the analysis.
    var analysisWarning: LoadWarning? = nil
    var sentences: [ByteRange] = []
    var timexes: [TimeExpression] = []
    var mentions: [ActorMention] = []
    /// What `events` were drawn with of its mentions' actors (see `MentionActors`); nil
    /// before they are.
    var actorsDigest: String? = nil
    var events: [Event] = []
}

/// A document without its text: the index reads the text from the file when needed.
struct StoredDocument: Codable, Sendable {
    var id: String
    var file: String
    var metadata: DocumentMetadata
    var creationDate: CreationDate?
    var title: String

    init(_ document: Document) {
        id = document.id
        file = document.file
        metadata = document.metadata
        creationDate = document.creationDate
        title = document.titleFromText
    }

    func document(root: String) -> Document {
        Document(id: id, file: file, path: PathName.join(root, file), metadata: metadata,
                 creationDate: creationDate, textTitle: title)
    }
}
