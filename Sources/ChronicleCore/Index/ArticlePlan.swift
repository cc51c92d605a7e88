/// One article of the folder and what the index knows of it.
struct ArticlePlan: Sendable {
    enum State: Sendable { case unchanged, restamped, fresh }

    var article: CorpusListing.Article
    var stamps: IndexStore.Stamps
    var state: State
    /// The index had a row for this file (so a fresh analysis is a change, not an addition).
    var wasStored: Bool

    /// Unchanged when the stat data of the text and sidecar are those stored (and not so
    /// recent that a change may hide in the clock's tick); else the files are read and
    /// hashed: the same contents are restamped, others analysed afresh. Without `hashing`
    /// (no index to write) a new article is not read for its hash. `open`: the folder, when
    /// it could be opened.
    static func make(_ article: CorpusListing.Article, folder: String, open: OpenFolder? = nil,
                     stored: IndexStore.Stamps?, indexedAt: Int64, hashing: Bool = true) -> ArticlePlan {
        func stamp(_ name: String) -> FileStamp? {
            open.map { FileStamp(name: name, in: $0.descriptor) } ?? FileStamp(path: PathName.join(folder, name))
        }
        let text = stamp(article.name)
        let sidecar = article.sidecar.flatMap(stamp)
        if let stored, let text, stored.text == text, stored.sidecar == article.sidecar, stored.sidecarStamp == sidecar,
           text.modified < indexedAt - IndexedBuild.racyWindow,
           (sidecar?.modified ?? 0) < indexedAt - IndexedBuild.racyWindow {
            return ArticlePlan(article: article, stamps: stored, state: .unchanged, wasStored: true)
        }
        if stored == nil && !hashing {
            let stamps = IndexStore.Stamps(text: text ?? FileStamp(size: -1, modified: 0), sidecar: article.sidecar,
                                           sidecarStamp: sidecar, hash: "")
            return ArticlePlan(article: article, stamps: stamps, state: .fresh, wasStored: false)
        }
        let path = PathName.join(folder, article.name)
        let sidecarPath = article.sidecar.map { PathName.join(folder, $0) }
        var parts: [[UInt8]] = [readForHash(path)]
        if let sidecarPath { parts += [Array((article.sidecar ?? "").utf8), readForHash(sidecarPath)] }
        let stamps = IndexStore.Stamps(text: text ?? FileStamp(size: -1, modified: 0), sidecar: article.sidecar,
                                       sidecarStamp: sidecar, hash: ContentHash.of(parts))
        let same = stored.map { $0.hash == stamps.hash && $0.sidecar == article.sidecar } ?? false
        return ArticlePlan(article: article, stamps: stamps, state: same ? .restamped : .fresh, wasStored: stored != nil)
    }

    private static func readForHash(_ path: String) -> [UInt8] {
        switch FileReader.read(path) {
        case .success(let bytes): return bytes
        case .failure(let failure): return Array("unreadable: \(failure)".utf8)
        }
    }
}
