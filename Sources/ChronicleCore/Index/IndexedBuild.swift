import Foundation

/// Builds a corpus's chronology through its index: articles whose files are unchanged
/// since the index was written are not read again, their stored analysis is used; the
/// others are analysed; then the stages across documents run again (actors, the events
/// of documents whose actors changed, merging). The result equals a build from the files
/// alone. An unchanged corpus opens from the stored chronology.
///
/// Without an index path nothing is read or written beside the articles.
public enum IndexedBuild {
    public struct Result: Sendable {
        /// Without its entries when they were not asked for and an update left them in the
        /// index (see `chronology(…withEntries:)`).
        public var chronology: Chronology
        /// How many entries the chronology has, whether they were read or not.
        public var entryCount: Int
        public var report: IndexReport
    }

    /// What the stored chronology held of one article: its id there and the years of its entries.
    struct Earlier {
        var id: String?
        var years: [Int]
    }

    /// A file written this long before the index (or after) may have changed again within
    /// the clock's tick: its content hash is checked, never its stat data alone.
    static let racyWindow: Int64 = 2_000_000_000

    /// `now`: when the build starts, which tells the files written too recently to be
    /// judged by their stat data (the library itself never reads the clock).
    /// `withEntries`: false when only the index is wanted up to date: an update then reads
    /// the stored entries of the years its change reaches alone, and the result's chronology
    /// may have no entries.
    public static func chronology(folder: String, gazetteerPath: String? = nil, indexPath: String?, now: Date,
                                  withEntries: Bool = true,
                                  progress: (@Sendable (BuildProgress) -> Void)? = nil) throws -> Result {
        do {
            return try build(folder: folder, gazetteerPath: gazetteerPath, indexPath: indexPath, now: now,
                             withEntries: withEntries, progress: progress, distrusted: nil)
        } catch let problem as StoredBodies.Unreadable {
            return try build(folder: folder, gazetteerPath: gazetteerPath, indexPath: indexPath, now: now,
                             withEntries: withEntries, progress: progress,
                             distrusted: "a stored record cannot be read (\(problem.file))")
        }
    }

    /// `distrusted`: why the index, readable at first sight, is not to be used.
    private static func build(folder: String, gazetteerPath: String?, indexPath: String?, now: Date, withEntries: Bool,
                              progress: (@Sendable (BuildProgress) -> Void)?, distrusted: String?) throws -> Result {
        let startedAt = Int64(now.timeIntervalSince1970 * 1e9)
        let listing = try CorpusLoader.list(folder)
        let (gazetteer, gazetteerWarnings) = try Gazetteer.locate(folder: folder, explicit: gazetteerPath)
        let environment = IndexFormat.environment(folder: folder, gazetteerPath: gazetteerPath)
        var report = IndexReport(path: indexPath ?? "")
        var opened = indexPath.map { open($0, environment: environment, report: &report) } ?? nil
        if let distrusted, opened != nil {
            report.rebuiltBecause = distrusted
            opened = nil
        }

        // Which articles changed: stat data first, the content hash when it differs.
        let held = OpenFolder(folder)
        var plans = ParallelMap.map(listing.articles) { article in
            ArticlePlan.make(article, folder: folder, open: held, stored: opened?.stamps[article.name],
                             indexedAt: opened?.indexedAt ?? 0, hashing: indexPath != nil)
        }
        let present = Set(listing.articles.map(\.name))
        let removed = (opened?.stamps.keys).map { $0.filter { !present.contains($0) }.sorted() } ?? []
        let corpusKey = ContentHash.of([Array(environment.utf8)]
            + plans.map { Array("\($0.article.name)\u{0}\($0.stamps.hash)".utf8) }
            + (listing.lexiconWarnings + listing.warnings + gazetteerWarnings).map { Array($0.description.utf8) })

        if let index = opened, removed.isEmpty, plans.allSatisfy({ $0.state != .fresh }),
           index.meta[IndexStore.Meta.corpus] == corpusKey {
            do {
                if let parts = try index.store.chronology() {
                    let chronology = try StoredChronology.decode(parts, root: folder)
                    report.unchanged = plans.count
                    let restamped = plans.filter { $0.state == .restamped }
                    if !restamped.isEmpty {
                        write(into: index, at: indexPath!, rows: restamped.map { IndexStore.Row(file: $0.article.name, stamps: $0.stamps, record: nil) },
                              removed: [], chronology: nil,
                              meta: meta(environment, corpusKey, startedAt, entries: chronology.entries.count), report: &report)
                    }
                    return Result(chronology: chronology, entryCount: chronology.entries.count, report: report)
                }
            } catch {
                report.rebuiltBecause = "its stored chronology cannot be read (\(brief(error)))"
                opened = nil
                for k in plans.indices { plans[k].state = .fresh }
            }
        }

        // The stored entries, every year's, when the chronology is to hold them all: read
        // while the articles' records are read and their actors merged, on one core. Else
        // only the years a change reaches are read, once they are known.
        let storedEntries = withEntries ? opened.map { index in
            let store = index.store
            return Pending { (try? store.chronology()).flatMap { $0 }.flatMap { try? StoredYears($0.entries) } }
        } : nil

        var heads = StoredHeads.read(from: opened, plans: &plans, removed: removed)
        var records = heads.records
        heads.records = []

        var freshAnalysis = analyseFresh(plans: &plans, records: &records, listing: listing, folder: folder,
                                         gazetteer: gazetteer, progress: progress)

        // Across documents: actors, then events where their actors changed, then entries.
        // The records keep what the chronology needs; each article's analysis and stored
        // events go to the drawing of its events, which lets them go once it is done.
        let loaded = plans.indices.filter { records[$0]?.document != nil }
        var drawings: [Drawing] = loaded.map { k in
            let record = records[k]!
            records[k] = DocumentRecord(document: record.document, loadWarnings: record.loadWarnings,
                                        analysisWarning: record.analysisWarning)
            if let (analysis, fingerprint) = freshAnalysis.removeValue(forKey: k) {
                return Drawing(analysis: analysis, record: record, fresh: true, fingerprint: fingerprint)
            }
            return Drawing(analysis: nil, record: record, fresh: false, fingerprint: nil)
        }
        freshAnalysis = [:]  // emptied, but its storage stays until it is replaced
        FreedMemory.release()
        let resolved = ActorResolver(gazetteer: gazetteer, lexicon: listing.lexicon)
            .resolve(drawings.map(\.mentions))
        let references = ReferenceResolver(actors: resolved.actors, lexicon: listing.lexicon)
        let storing = indexPath != nil
        // A new index is written beside the old one: each record goes to it once made.
        let newIndex = indexPath != nil && opened == nil ? create(indexPath!, report: &report) : nil
        let streamed = newIndex.map { RecordWriter(store: $0.store) }
        let stampsOf = loaded.map { (file: plans[$0].article.name, stamps: plans[$0].stamps) }
        let bodies = opened.map { StoredBodies(store: $0.store) }
        // Events depend on the document and its mentions' actors alone: when these are as
        // they were, the stored events are those drawn again. A record to store is encoded
        // here, while its analysis is at hand.
        let mentionActors = MentionActors(resolved.actors, lexicon: listing.lexicon)
        let positions = Array(drawings.indices)
        var numbered = Array(zip(positions, drawings))
        drawings = []
        var drawn = ParallelMap.consume(&numbered) { n, drawing -> Drawn in
            if let fingerprint = drawing.fingerprint {
                var now = ContentHash()
                now.add(drawing.analysis!.document.utf8)
                if now != fingerprint { return Drawn(events: [], record: nil, redrawn: false, changed: true) }
            }
            guard storing else {
                return Drawn(events: Pipeline.drawEvents(drawing.made(root: folder),
                                                         mentionActors: resolved.mentionActors[n],
                                                         actors: resolved.actors, references: references,
                                                         lexicon: listing.lexicon), record: nil, redrawn: true, changed: false)
            }
            let digest = mentionActors.digest(resolved.mentionActors[n])
            var record = drawing.record
            if record.actorsDigest == digest, !drawing.fresh {
                // Its stored events stand; they are read if a change reaches their days.
                return Drawn(events: [], record: nil, redrawn: false, changed: false, stored: true)
            }
            var analysis = drawing.made(root: folder)
            var storedEvents: [Event]? = nil
            if !drawing.fresh {
                guard let body = bodies?.body(of: stampsOf[n].file) else {
                    return Drawn(events: [], record: nil, redrawn: false, changed: false, unreadable: true)
                }
                analysis.sentences = body.sentences
                analysis.timexes = body.timexes
                storedEvents = body.events
            }
            record.events = Pipeline.drawEvents(analysis, mentionActors: resolved.mentionActors[n],
                                                actors: resolved.actors, references: references,
                                                lexicon: listing.lexicon)
            record.actorsDigest = digest
            record.sentences = analysis.sentences
            record.timexes = analysis.timexes
            record.mentions = analysis.mentions
            // An actor's change that none of its passages reads (a new alias of one) draws the
            // same events: its head is stored anew (with the new digest), its body and its days
            // are left as they are.
            let redrawn = record.events != storedEvents
            let encoded = try? record.encoded(withBody: redrawn)
            if let streamed, let encoded {
                streamed.add(IndexStore.Row(file: stampsOf[n].file, stamps: stampsOf[n].stamps, record: encoded))
                return Drawn(events: record.events, record: nil, redrawn: redrawn, changed: false, written: true)
            }
            return Drawn(events: record.events, record: encoded, redrawn: redrawn, changed: false)
        }
        if let n = drawn.firstIndex(where: \.unreadable) { throw StoredBodies.Unreadable(file: stampsOf[n].file) }
        var storedRecords: [Int: IndexStore.Blobs] = [:]
        var changedWhileRead = Set<Int>()
        var written = Set<Int>()
        var analysisWarnings: [LoadWarning] = []
        for (n, k) in loaded.enumerated() {
            storedRecords[k] = drawn[n].record
            if drawn[n].written { written.insert(k) }
            if let warning = records[k]!.analysisWarning { analysisWarnings.append(warning) }
            if drawn[n].changed {
                changedWhileRead.insert(k)
                analysisWarnings.append(LoadWarning(file: plans[k].article.name,
                                                    message: "changed while it was read; its events are left out until the next run"))
            }
        }
        var perDocument = drawn.map(\.events)
        // The documents whose events are not those stored, by position among the loaded ones.
        let changed = Set(loaded.indices.filter { drawn[$0].redrawn || drawn[$0].changed })
        // The documents whose stored events stand, unread so far.
        var unread = Set(loaded.indices.filter { drawn[$0].stored })
        var coarseYears = Set<Int>()
        for n in loaded.indices {
            coarseYears.formUnion(unread.contains(n) ? heads.coarseYears[loaded[n]] ?? []
                                  : DocumentRecord.coarseYears(perDocument[n]))
        }
        heads.coarseYears = [:]
        drawn = []
        FreedMemory.release()
        // The texts are not kept: views and exports read a file again when they need it.
        var noEvents: [[Event]] = []
        let stage = Pipeline.stage(documents: loaded.map { records[$0]!.document!.document(root: folder) },
                                   warnings: analysisWarnings, actors: resolved.actors, events: &noEvents)
        func events(_ documents: [Int]) throws -> [[Event]] {
            let stored = documents.filter { unread.contains($0) }
            let read = bodies?.events(of: stored.map { stampsOf[$0].file }) ?? stored.map { _ in nil }
            var storedEvents: [Int: [Event]] = [:]
            for (n, events) in zip(stored, read) {
                guard let events else { throw StoredBodies.Unreadable(file: stampsOf[n].file) }
                storedEvents[n] = events
            }
            return documents.map { storedEvents.removeValue(forKey: $0) ?? perDocument[$0] }
        }
        let rows = indexPath == nil ? [] : ParallelMap.map(Array(plans.indices)) { k -> IndexStore.Row? in
            let plan = plans[k]
            // Not stored: the next build reads it again.
            if changedWhileRead.contains(k) || written.contains(k) { return nil }
            if let record = storedRecords[k] {
                return IndexStore.Row(file: plan.article.name, stamps: plan.stamps, record: record)
            }
            if plan.state == .fresh {  // a file that was skipped: its record holds why
                return IndexStore.Row(file: plan.article.name, stamps: plan.stamps, record: try? records[k]!.encoded())
            }
            return plan.state == .restamped ? IndexStore.Row(file: plan.article.name, stamps: plan.stamps, record: nil) : nil
        }.compactMap { $0 }
        storedRecords = [:]
        let loadWarnings = plans.indices.flatMap { records[$0]?.loadWarnings ?? [] }
        records = []
        var updated: ChangedDays.Merged? = nil
        var entries: [Entry] = []
        var entryCount = 0
        // The entries to store: all of them, or those of the years an update changed.
        var toStore: [Entry]? = nil
        if let index = opened, heads.earlierKnown,
           let storedCount = index.meta[IndexStore.Meta.entries].flatMap({ Int($0) }) {
            // The ids in the stored chronology of the documents changed or removed since, and
            // the years of their entries there and of their events now: no other year changes.
            var stale = Set<String>()
            var years = Set<Int>()
            let changedFiles = changed.map { loaded[$0] } + plans.indices.filter { plans[$0].state == .fresh }
            for before in heads.earlierOfRemoved + changedFiles.compactMap({ heads.earlier[$0] }) {
                if let id = before.id { stale.insert(id) }
                years.formUnion(before.years)
            }
            for n in changed { for event in perDocument[n] { years.insert(event.date.first.year) } }
            let stored = storedEntries.map(\.value)
                ?? (try? index.store.chronology(years: years)).flatMap { $0 }.flatMap { try? StoredYears($0.entries) }
            if let stored {
                updated = try ChangedDays.entries(earlier: stored.entries(in: years), stale: stale, events: events,
                                                  coarseYears: coarseYears, changed: changed,
                                                  files: stage.files, documentOrder: stage.documentOrder,
                                                  lexicon: listing.lexicon)
            }
            if let updated {
                entryCount = storedCount - stored!.count(in: years) + updated.entries.count
                if withEntries { entries = stored!.replacing(years, with: updated.entries) }
                // Of the years read, those whose entries are new: the others are stored as they are.
                let written = updated.years
                toStore = updated.entries.filter { written.contains($0.date.first.year) }
            }
        }
        if updated == nil {
            // Merged whole: every stored event is read, on all cores.
            let stored = unread.sorted()
            for (n, read) in zip(stored, try events(stored)) { perDocument[n] = read }
            unread = []
            let all = EventList(perDocument)
            perDocument = []
            entries = ChronologyBuilder.build(all, files: stage.files, documentOrder: stage.documentOrder,
                                              lexicon: listing.lexicon)
            entryCount = entries.count
        }
        perDocument = []
        FreedMemory.release()
        let warnings = listing.lexiconWarnings + loadWarnings + listing.warnings + gazetteerWarnings + stage.warnings
        let chronology = Chronology(root: folder, documents: stage.documents, entries: entries, actors: stage.actors,
                                    warnings: warnings)

        for plan in plans {
            switch plan.state {
            case .fresh: if plan.wasStored { report.changed += 1 } else { report.added += 1 }
            case .unchanged, .restamped: report.unchanged += 1
            }
        }
        report.removed = removed.count
        if let indexPath, let target = opened ?? newIndex {
            do {
                try streamed?.finish()
                // The other years' entries are stored as they are.
                let years = updated?.years
                let parts = try StoredChronology.encode(documents: chronology.documents, actors: chronology.actors,
                                                        warnings: chronology.warnings, entryCount: entryCount,
                                                        entries: toStore ?? entries)
                write(into: target, at: indexPath, rows: rows, removed: removed, chronology: parts, years: years,
                      meta: meta(environment, corpusKey, startedAt, entries: entryCount), report: &report)
            } catch {
                if let partial = target.partial {
                    try? target.store.close()
                    try? FileManager.default.removeItem(atPath: partial)
                }
                report.writeProblem = "cannot write \(indexPath): \(brief(error))"
            }
        }
        return Result(chronology: chronology, entryCount: entryCount, report: report)
    }

    /// One loaded article on its way to its events: its analysis, and its record as the
    /// index had it (with the events last drawn from it), or as made for a fresh analysis.
    struct Drawing: Sendable {
        /// Nil for a stored record: made from it when its events are drawn again, which most
        /// are not.
        var analysis: DocumentAnalysis?
        var record: DocumentRecord
        var fresh: Bool
        /// For a fresh analysis, the text it was made from: its document reads the file again.
        var fingerprint: ContentHash?

        var mentions: [ActorMention] { analysis?.mentions ?? record.mentions }

        /// Its analysis, or the stored record's as far as its head holds it.
        func made(root: String) -> DocumentAnalysis {
            analysis ?? DocumentAnalysis(document: record.document!.document(root: root), sentences: record.sentences,
                                         timexes: record.timexes, mentions: record.mentions)
        }
    }

    /// The events drawn from one article, and its record to store, if any.
    struct Drawn: Sendable {
        var events: [Event]
        var record: IndexStore.Blobs?
        /// Its events are not those stored.
        var redrawn: Bool
        /// The file no longer holds the text analysed: nothing is drawn from it.
        var changed: Bool
        /// Its record is already in the new index.
        var written = false
        /// Its stored events stand (and are not read yet).
        var stored = false
        /// Its events were to be drawn again, and the body of its stored record cannot be read.
        var unreadable = false
    }

    // MARK: - The database

    struct OpenIndex {
        var store: IndexStore
        var meta: [String: String]
        var stamps: [String: IndexStore.Stamps]
        var indexedAt: Int64
        /// Written to a new file, renamed over the index when complete.
        var partial: String? = nil
    }

    /// The index at `path` when it can be trusted; else nil, with the reason in `report`.
    static func open(_ path: String, environment: String, report: inout IndexReport) -> OpenIndex? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let store = try IndexStore.open(path)
            let meta = try store.meta()
            guard meta[IndexStore.Meta.format] == String(IndexFormat.version), meta[IndexStore.Meta.corpus] != nil,
                  meta[IndexStore.Meta.entries].flatMap({ Int($0) }) != nil else {
                report.rebuiltBecause = "it is incomplete or of an older format"
                return nil
            }
            guard meta[IndexStore.Meta.environment] == environment else {
                report.rebuiltBecause = "it was made by another build of chronicle or with another gazetteer"
                return nil
            }
            return OpenIndex(store: store, meta: meta, stamps: try store.stamps(),
                             indexedAt: Int64(meta[IndexStore.Meta.indexedAt] ?? "") ?? 0)
        } catch {
            report.rebuiltBecause = "it cannot be read (\(brief(error)))"
            return nil
        }
    }

    /// A new, empty index beside `path`, to be renamed over it once written.
    static func create(_ path: String, report: inout IndexReport) -> OpenIndex? {
        let partial = path + ".partial"
        do {
            let folder = PathName.folder(of: path)
            // A bare file name is in the current folder, which exists.
            if !folder.isEmpty && folder != "." {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let store = try IndexStore.create(partial)
            return OpenIndex(store: store, meta: [:], stamps: [:], indexedAt: 0, partial: partial)
        } catch {
            report.writeProblem = "cannot create \(path): \(brief(error))"
            return nil
        }
    }

    static func write(into index: OpenIndex, at path: String, rows: [IndexStore.Row], removed: [String],
                      chronology: StoredChronology.Parts?, years: Set<Int>? = nil, meta: [String: String],
                      report: inout IndexReport) {
        do {
            try index.store.update(meta: meta, rows: rows, removed: removed, chronology: chronology, years: years)
            if let partial = index.partial {
                try index.store.close()
                for suffix in ["-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                if rename(partial, path) != 0 { throw CocoaError(.fileWriteUnknown) }
            }
        } catch {
            if let partial = index.partial { try? FileManager.default.removeItem(atPath: partial) }
            report.writeProblem = "cannot write \(path): \(brief(error))"
        }
    }

    static func meta(_ environment: String, _ corpus: String, _ startedAt: Int64, entries: Int) -> [String: String] {
        [IndexStore.Meta.format: String(IndexFormat.version), IndexStore.Meta.environment: environment,
         IndexStore.Meta.corpus: corpus, IndexStore.Meta.indexedAt: String(startedAt),
         IndexStore.Meta.entries: String(entries)]
    }

    static func brief(_ error: Error) -> String {
        // Foundation's own errors describe themselves in a dump of their fields.
        if let error = error as? CocoaError { return error.localizedDescription }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
