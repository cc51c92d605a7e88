import ChronicleCore
import Foundation

/// Issue figure: the whole pipeline through the merged chronology, in MB/s per core
/// (bytes over CPU seconds) and on all cores (bytes over wall seconds).
func runPipelineBench(_ corpus: SyntheticCorpus) throws {
    var chronology: Chronology? = nil
    let time = try wallAndCPUSeconds {
        chronology = try Pipeline.chronology(folder: corpus.folder.path)
    }
    guard let chronology else { return }
    print("whole pipeline (load through merged chronology)")
    row("corpus", "\(formatted(mb(corpus.bytes))) MB, \(chronology.documents.count) documents")
    row("result", "\(chronology.entries.count) entries, \(chronology.actors.count) actors")
    row("per core", "\(formatted(mb(corpus.bytes) / time.cpu)) MB/s of CPU time  (target >= 10)")
    row("all cores", "\(formatted(mb(corpus.bytes) / time.wall)) MB/s wall")
}

/// Issue figure: the cost of merging at 1x, 10x and 100x the bundled corpus. Merging takes
/// the events the pipeline found (recovered from the entries' sources) and groups them.
func runMergeScalingBench(seeds: [[UInt8]]) throws {
    print("merging cost by corpus size")
    let seedBytes = seeds.reduce(0) { $0 + $1.count }
    var previous: (events: Int, seconds: Double)? = nil
    for factor in [1, 10, 100] {
        let corpus = try SyntheticCorpus.make(from: seeds, targetBytes: seedBytes * factor)
        defer { corpus.remove() }
        let chronology = try Pipeline.chronology(folder: corpus.folder.path)
        let events = chronology.entries.flatMap { entry in
            entry.sources.map { source in
                Event(documentID: source.documentID, passage: source.passage, timex: source.timex,
                      date: entry.date, summary: source.summary, actors: entry.actors,
                      kind: entry.kind, claimant: source.claimBy)
            }
        }
        let files = Dictionary(chronology.documents.map { ($0.id, $0.file) }, uniquingKeysWith: { a, _ in a })
        let order = Dictionary(chronology.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var entries = 0
        let merge = seconds {
            entries = ChronologyBuilder.build(events, files: files, documentOrder: order).count
        }
        var growth = ""
        if let previous, previous.seconds > 0 {
            growth = String(format: "  (x%.1f events, x%.1f time)", Double(events.count) / Double(previous.events),
                            merge / previous.seconds)
        }
        row("\(factor)x (\(formatted(mb(corpus.bytes), 2)) MB)",
            "\(events.count) events -> \(entries) entries in \(formatted(merge * 1000, 2)) ms\(growth)")
        previous = (events.count, merge)
    }
}
