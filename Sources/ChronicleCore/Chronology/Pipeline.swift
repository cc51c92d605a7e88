import Foundation

/// The one way from a folder of articles to a merged chronology:
/// load → creation date → sentences → time expressions → actor mentions (per document,
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
    public static func chronology(corpus: Corpus, gazetteer: Gazetteer,
                                  extraWarnings: [LoadWarning] = []) -> Chronology {
        let tagger = TimeTagger()
        let recognizer = MentionRecognizer(gazetteer: gazetteer)
        let documents = corpus.documents
        let analyses = ParallelMap.map(documents) { document -> (DocumentAnalysis, LoadWarning?) in
            var document = document
            var warning: LoadWarning? = nil
            if document.creationDate == nil {
                let resolution = CreationDateResolver.resolve(document, tagger: tagger)
                document.creationDate = resolution.date
                if let problem = resolution.problem {
                    let prefix = resolution.date == nil ? "no creation date: " : ""
                    warning = LoadWarning(file: document.file, message: prefix + problem)
                }
            }
            let sentences = SentenceSplitter.split(document.utf8)
            let timexes = tagger.tag(document.utf8, dct: document.creationDate?.date)
            let mentions = recognizer.mentions(in: document.utf8, sentences: sentences)
            return (DocumentAnalysis(document: document, sentences: sentences, timexes: timexes,
                                     mentions: mentions), warning)
        }
        let resolved = ActorResolver(gazetteer: gazetteer).resolve(analyses.map(\.0.mentions))
        let perDocument = ParallelMap.map(Array(analyses.indices)) { k in
            EventExtractor.events(analyses[k].0, mentionActors: resolved.mentionActors[k],
                                  actors: resolved.actors)
        }
        let events = perDocument.flatMap { $0 }
        var files: [String: String] = [:]
        var order: [String: Int] = [:]
        for (k, a) in analyses.enumerated() {
            files[a.0.document.id] = a.0.document.file
            order[a.0.document.id] = k
        }
        let entries = ChronologyBuilder.build(events, files: files, documentOrder: order)
        let actors = resolved.actors.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        let warnings = corpus.warnings + extraWarnings + analyses.compactMap(\.1)
        return Chronology(root: corpus.root, documents: analyses.map(\.0.document), entries: entries,
                          actors: actors, warnings: warnings)
    }
}
