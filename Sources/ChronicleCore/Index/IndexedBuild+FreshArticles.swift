import Foundation

extension IndexedBuild {
    /// An article analysed in this build, and the text it was analysed from.
    typealias FreshAnalysis = (analysis: DocumentAnalysis, fingerprint: ContentHash)

    /// Reads and analyses the articles planned fresh, and those whose stored id another
    /// file took: their records get their documents and warnings, by plan. Each text's
    /// fingerprint tells, when the events are drawn, whether the file changed meanwhile.
    static func analyseFresh(plans: inout [ArticlePlan], records: inout [DocumentRecord?], listing: CorpusListing,
                             folder: String, gazetteer: Gazetteer,
                             progress: (@Sendable (BuildProgress) -> Void)?) -> [Int: FreshAnalysis] {
        // Read the fresh articles; ids are given in file order, as the loader gives them.
        func load(_ article: CorpusListing.Article) -> (document: Document?, warnings: [LoadWarning]) {
            CorpusLoader.loadDocument(at: PathName.join(folder, article.name), file: article.name,
                                      sidecarPath: article.sidecar.map { PathName.join(folder, $0) },
                                      sidecarFile: article.sidecar, lexicon: listing.lexicon)
        }
        let freshAtFirst = plans.indices.filter { plans[$0].state == .fresh }
        // Each text is held once, here, until it is given to its analysis.
        let planned = plans
        var loadedFiles = Dictionary(uniqueKeysWithValues: zip(freshAtFirst, ParallelMap.map(freshAtFirst) {
            load(planned[$0].article)
        }))
        var usedIDs = Set<String>()
        var fresh: [Int: Document] = [:]
        for k in plans.indices {
            let article = plans[k].article
            var id: String? = nil
            if plans[k].state != .fresh, let record = records[k] {
                guard let stored = record.document else { continue }
                id = CorpusLoader.assignID(stem: CorpusLoader.split(article.name).stem, name: article.name, used: &usedIDs)
                if id == stored.id { continue }
                plans[k].state = .fresh  // another file took its id: analysed again under the new one
            }
            let result = loadedFiles.removeValue(forKey: k) ?? load(article)
            records[k] = DocumentRecord(document: nil, loadWarnings: result.warnings)
            guard let document = result.document else { continue }
            let given = id ?? CorpusLoader.assignID(stem: document.id, name: article.name, used: &usedIDs)
            fresh[k] = given == document.id ? document
                : Document(id: given, file: document.file, utf8: document.utf8, metadata: document.metadata,
                           lexicon: listing.lexicon)
        }
        loadedFiles = [:]

        // Analyse them, on all cores. The texts are let go after their analysis, and read
        // again to draw the events, one at a time: a corpus is never held whole. Each
        // text's fingerprint tells whether the file changed in the meantime.
        let order = fresh.keys.sorted()
        let counter = progress.map { ProgressCounter(files: order.count,
                                                     bytes: order.reduce(0) { $0 + fresh[$1]!.utf8.count }, report: $0) }
        let analyst = DocumentAnalyst(gazetteer: gazetteer, lexicon: listing.lexicon)
        var freshDocuments = order.map { fresh[$0]! }
        fresh = [:]
        let analysed = ParallelMap.consume(&freshDocuments) { document -> (DocumentAnalysis, LoadWarning?, ContentHash) in
            var fingerprint = ContentHash()
            fingerprint.add(document.utf8)
            var (analysis, warning) = analyst.analyze(document)
            analysis.document = StoredDocument(analysis.document).document(root: folder)
            counter?.add(bytes: document.utf8.count)
            return (analysis, warning, fingerprint)
        }
        var freshAnalysis: [Int: FreshAnalysis] = [:]
        for (n, k) in order.enumerated() {
            let (analysis, warning, fingerprint) = analysed[n]
            records[k]!.document = StoredDocument(analysis.document)
            records[k]!.analysisWarning = warning
            freshAnalysis[k] = (analysis, fingerprint)
        }
        return freshAnalysis
    }
}
