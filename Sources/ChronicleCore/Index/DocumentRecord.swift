/// What the index keeps of one article: everything its own analysis found, so that an
/// unchanged file is never read again, and the events last drawn from it with a digest of
/// the actors they were drawn with, so that they are drawn again only when those change.
///
/// It is stored in two parts: its `Head`, which every build reads for every article (the
/// actors are merged from all mentions), and its `Body`, read only for the articles whose
/// events are drawn or merged again.
struct DocumentRecord: Sendable {
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

    struct Head: Codable, Sendable {
        var document: StoredDocument?
        var loadWarnings: [LoadWarning]
        var analysisWarning: LoadWarning?
        var mentions: [ActorMention]
        var actorsDigest: String?
        /// The years of its events dated by a month, season or year (see `CoarseReports`):
        /// where a change elsewhere may merge its events anew, known without them.
        var coarseYears: [Int]
        /// The years of all its events (of their dates' first day): the stored entries that
        /// cite it are in those years' parts (see `StoredChronology`), found without reading
        /// any other year's when it changes or goes.
        var years: [Int]
    }

    struct Body: Codable, Sendable {
        var sentences: [ByteRange]
        var timexes: [TimeExpression]
        var events: [Event]
    }

    init(document: StoredDocument?, loadWarnings: [LoadWarning], analysisWarning: LoadWarning? = nil) {
        self.document = document
        self.loadWarnings = loadWarnings
        self.analysisWarning = analysisWarning
    }

    /// A stored record of which only the head is read.
    init(head: Head) {
        self.init(document: head.document, loadWarnings: head.loadWarnings, analysisWarning: head.analysisWarning)
        mentions = head.mentions
        actorsDigest = head.actorsDigest
    }

    var head: Head {
        Head(document: document, loadWarnings: loadWarnings, analysisWarning: analysisWarning, mentions: mentions,
             actorsDigest: actorsDigest, coarseYears: DocumentRecord.coarseYears(events),
             years: Set(events.map(\.date.first.year)).sorted())
    }

    var body: Body { Body(sentences: sentences, timexes: timexes, events: events) }

    /// `withBody`: false when the stored body is this record's already.
    func encoded(withBody: Bool = true) throws -> IndexStore.Blobs {
        IndexStore.Blobs(head: try IndexCoder.encode(head), body: withBody ? try IndexCoder.encode(body) : nil)
    }

    static func coarseYears(_ events: [Event]) -> [Int] {
        Set(events.filter { CoarseReports.canJoin($0.date) }.map(\.date.first.year)).sorted()
    }
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
