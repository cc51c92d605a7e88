import ChronicleCore
import Foundation

/// Issue figures for the chronology: the whole pipeline (load through merged entries) in
/// MB/s on one core and on all cores, and the cost of merging alone at 1x, 10x and 100x
/// the bundled corpus, to show it grows with the number of events, not its square.
func runChronologyBench(seedFolder: String, seedBytes: Int, seeds: [[UInt8]]) {
    let gazetteer = (try? Gazetteer.locate(folder: seedFolder, explicit: nil).0) ?? .empty
    print("chronology (load + dates + actors + events + merge; target >= 10 MB/s on one core)")
    for scale in [1, 10, 100] {
        guard let corpus = try? SyntheticCorpus.make(from: seeds, targetBytes: seedBytes * scale) else { continue }
        defer { corpus.remove() }
        var loadedOrNil: Corpus? = nil
        var stageOrNil: Pipeline.EventStage? = nil
        var entries: [Entry] = []
        var merge = 0.0
        // Reading the files is part of the pipeline a user waits for, so it is timed too.
        // CPU seconds of this one thread are the per-core figure; wall seconds, printed
        // beside them, also count whatever else the machine was doing.
        let one = wallAndThreadCPUSeconds {
            loadedOrNil = try? CorpusLoader.load(corpus.folder.path)
            guard let loaded = loadedOrNil else { return }
            let stage = Pipeline.events(corpus: loaded, gazetteer: gazetteer, parallel: false)
            merge = seconds { entries = ChronologyBuilder.build(stage.events, files: stage.files,
                                                                documentOrder: stage.documentOrder) }
            stageOrNil = stage
        }
        guard let loaded = loadedOrNil, let stage = stageOrNil else { continue }
        let all = seconds {
            if let again = try? CorpusLoader.load(corpus.folder.path) {
                _ = Pipeline.chronology(corpus: again, gazetteer: gazetteer)
            }
        }
        if scale == 100 { runStageBench(loaded, gazetteer: gazetteer) }
        let size = mb(corpus.bytes)
        print("  \(String(format: "%4d", scale))x \(formatted(size)) MB, \(stage.events.count) events -> \(entries.count) entries:"
              + " one core \(formatted(size / one.cpu)) MB/s (wall \(formatted(size / one.wall))),"
              + " all cores \(formatted(size / all)) MB/s,"
              + " merge \(formatted(merge * 1000)) ms (\(formatted(merge * 1e6 / Double(max(1, stage.events.count)))) µs/event)")
    }
}
