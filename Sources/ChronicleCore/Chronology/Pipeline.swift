import Foundation

/// The one way from a folder of articles to a merged chronology:
/// load → creation date → sentences → time expressions (quotations re-anchored to the
/// time they were said) → actor mentions (per document,
/// in parallel) → actors merged across the corpus → events (in parallel) → entries.
public enum Pipeline {
    /// Loads `folder` and builds its chronology. Throws only when the folder itself (or an
    /// explicitly named gazetteer) cannot be read; problems with single files become
    /// `Chronology.warnings`. The gazetteer is `gazetteerPath`, else `folder/gazetteer.yaml`,
    /// else the built-in one.
    public static func chronology(folder: String, gazetteerPath: String? = nil) throws -> Chronology {
        let corpus = try CorpusLoader.load(folder)
        let (gazetteer, gazetteerWarnings) = try Gazetteer.locate(folder: folder, explicit: gazetteerPath)
        return chronology(corpus: corpus, gazetteer: gazetteer, extraWarnings: gazetteerWarnings)
    }

    /// Builds the chronology of an already loaded corpus.
    public static func chronology(corpus: Corpus, gazetteer: Gazetteer, extraWarnings: [LoadWarning] = [],
                                  parallel: Bool = true) -> Chronology {
        let stage = events(corpus: corpus, gazetteer: gazetteer, parallel: parallel)
        let entries = ChronologyBuilder.build(stage.events, files: stage.files, documentOrder: stage.documentOrder,
                                              lexicon: corpus.lexicon)
        return Chronology(root: corpus.root, documents: stage.documents, entries: entries, actors: stage.actors,
                          warnings: corpus.warnings + extraWarnings + stage.warnings)
    }

    /// Everything before merging: the documents (with creation dates), the actors, and the
    /// events of every document in document order.
    public struct EventStage: Sendable {
        public var documents: [Document]
        public var actors: [Actor]
        public var events: [Event]
        public var warnings: [LoadWarning]
        public var files: [String: String]
        public var documentOrder: [String: Int]
    }

    public static func events(corpus: Corpus, gazetteer: Gazetteer, parallel: Bool = true) -> EventStage {
        let lexicon = corpus.lexicon
        let analyst = DocumentAnalyst(gazetteer: gazetteer, lexicon: lexicon)
        var analyses = ParallelMap.map(corpus.documents, parallel: parallel) { analyst.analyze($0) }
        let resolved = ActorResolver(gazetteer: gazetteer, lexicon: lexicon).resolve(analyses.map(\.0.mentions))
        let references = ReferenceResolver(actors: resolved.actors, lexicon: lexicon)
        let documents = analyses.map(\.0.document)
        let warnings = analyses.compactMap(\.1)
        var numbered = Array(zip(analyses.indices, analyses.map(\.0)))
        analyses = []
        // Each analysis is let go once its events are drawn.
        var perDocument = ParallelMap.consume(&numbered, parallel: parallel) { k, analysis in
            drawEvents(analysis, mentionActors: resolved.mentionActors[k], actors: resolved.actors,
                       references: references, lexicon: lexicon)
        }
        return stage(documents: documents, warnings: warnings, actors: resolved.actors, events: &perDocument)
    }

    /// The events of one analysed document, once the corpus's actors are known: the one
    /// place both a build from the files and an indexed build draw them.
    static func drawEvents(_ analysis: DocumentAnalysis, mentionActors: [Int?], actors: [Actor],
                           references: ReferenceResolver, lexicon: Lexicon) -> [Event] {
        // One scan of the document's words serves the references and every sentence's readers.
        let utf8 = analysis.document.utf8
        let tokens = analysis.continuing.map { DocumentTokens(utf8, continuing: $0) } ?? DocumentTokens(utf8)
        let referred = references.references(utf8: analysis.document.utf8, words: tokens.tokens,
                                             sentences: analysis.sentences, mentions: analysis.mentions,
                                             mentionActors: mentionActors)
        let events = EventExtractor.events(analysis, tokens: tokens, mentionActors: mentionActors, actors: actors,
                                           references: referred, lexicon: lexicon)
        // Every document's events are held until they are merged: an array grown an event at
        // a time may have room for as many again.
        return events.capacity > events.count ? events.withUnsafeBufferPointer { Array($0) } : events
    }

    /// The event stage of `documents` (in order), their merged actors and each one's
    /// events, which are moved into one list (`perDocument` is left empty).
    static func stage(documents: [Document], warnings: [LoadWarning], actors resolved: [Actor],
                      events perDocument: inout [[Event]]) -> EventStage {
        var files: [String: String] = [:]
        var order: [String: Int] = [:]
        for (k, document) in documents.enumerated() {
            files[document.id] = document.file
            order[document.id] = k
        }
        let actors = resolved.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        // Reserved at once: growing the list held it two or three times over while it grew.
        var events: [Event] = []
        events.reserveCapacity(perDocument.reduce(0) { $0 + $1.count })
        for k in perDocument.indices {
            events += perDocument[k]
            perDocument[k] = []
        }
        perDocument = []
        return EventStage(documents: documents, actors: actors, events: events, warnings: warnings,
                          files: files, documentOrder: order)
    }
}

/// The stages that read one document alone: creation date, sentences, time expressions
/// (quotations re-anchored to the time they were said), actor mentions.
struct DocumentAnalyst: Sendable {
    let lexicon: Lexicon
    let tagger: TimeTagger
    let recognizer: MentionRecognizer

    init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.lexicon = lexicon
        tagger = TimeTagger(lexicon: lexicon)
        recognizer = MentionRecognizer(gazetteer: gazetteer, lexicon: lexicon)
    }

    /// The analysis, and a warning when the creation date is missing or doubtful.
    func analyze(_ document: Document) -> (DocumentAnalysis, LoadWarning?) {
        // One survey of the lines serves the sentences and the word scan, and one scan of
        // the document's words serves the time tokens and the actor mentions.
        let (sentences, continuing) = SentenceSplitter.sentencesAndWraps(document.utf8, lexicon: lexicon)
        let words = DocumentTokens(document.utf8, continuing: continuing)
        let tokens = TimeTokens(document.utf8, words: words.tokens, lexicon: lexicon)
        // A document without a creation date of its own is scanned once without one: the
        // date is inferred from that scan, and tagging against it starts from there.
        let undated = document.creationDate == nil ? UndatedTimeScan(tokens) : nil
        let (document, warning) = dated(document, scan: undated)
        let dct = document.creationDate?.date
        let found = undated.map { tagger.tag(document.utf8, dct: dct, after: $0) }
            ?? tagger.tag(document.utf8, dct: dct, tokens: tokens)
        let timexes = QuoteAnchoring.reanchor(document.utf8, sentences: sentences, timexes: found, dct: dct, tagger: tagger)
        let mentions = recognizer.mentions(in: document.utf8, tokens: words, sentences: sentences)
        var analysis = DocumentAnalysis(document: document, sentences: sentences, timexes: timexes,
                                        mentions: mentions)
        analysis.continuing = continuing
        return (analysis, warning)
    }

    /// The document with its creation date: its own, else the one its text gives, with a
    /// warning when there is none or it is doubtful.
    private func dated(_ document: Document, scan: UndatedTimeScan?) -> (Document, LoadWarning?) {
        guard document.creationDate == nil, let scan else { return (document, nil) }
        let resolution = CreationDateResolver.resolve(document, scan: scan)
        let warning = resolution.problem.map { problem in
            LoadWarning(file: document.file, message: (resolution.date == nil ? "no creation date: " : "") + problem)
        }
        return (document.dated(resolution.date), warning)
    }
}
