import ChronicleCore
import Foundation

/// Issue figures for the chronology: the whole pipeline (load through merged entries) in
/// MB/s on one core and on all cores, and the cost of merging alone at 1x, 10x and 100x
/// the bundled corpus, to show it grows with the number of events, not its square.
func runChronologyBench(seedFolder: String, seedBytes: Int, seeds: [[UInt8]]) {
    let gazetteer = (try? Gazetteer.locate(folder: seedFolder, explicit: nil).0) ?? .empty
    print("chronology (load + dates + actors + events + merge; target >= 10 MB/s on one core)")
    // Copies of the bundled texts name the same actors: like articles that follow one
    // story. The last row gives each copy made-up names of its own: like unrelated
    // articles, with as many distinct actors as copies, which actor merging pays for.
    let names = actorNameWords(seedFolder: seedFolder, gazetteer: gazetteer)
    for (scale, renamed) in [(1, false), (10, false), (100, false), (100, true)] {
        if renamed { print("  each copy spelling its actors' names its own way:") }
        guard let corpus = try? SyntheticCorpus.make(from: seeds, targetBytes: seedBytes * scale,
                                                     names: renamed ? names : [])
        else { continue }
        defer { corpus.remove() }
        var loadedOrNil: Corpus? = nil
        var stageOrNil: Pipeline.EventStage? = nil
        var entries: [Entry] = []
        var merges: [Double] = []
        // Reading the files is part of the pipeline a user waits for, so it is timed too.
        // CPU seconds of this one thread are the per-core figure. The machine's speed still
        // varies from run to run, so three runs are made and all three reported.
        var runs: [(wall: Double, cpu: Double)] = []
        for _ in 0..<3 {
            runs.append(wallAndThreadCPUSeconds {
                loadedOrNil = try? CorpusLoader.load(corpus.folder.path)
                guard let loaded = loadedOrNil else { return }
                let stage = Pipeline.events(corpus: loaded, gazetteer: gazetteer, parallel: false)
                merges.append(seconds { entries = ChronologyBuilder.build(stage.events, files: stage.files,
                                                                          documentOrder: stage.documentOrder) })
                stageOrNil = stage
            })
        }
        guard let loaded = loadedOrNil, let stage = stageOrNil else { continue }
        let all = seconds {
            if let again = try? CorpusLoader.load(corpus.folder.path) {
                _ = Pipeline.chronology(corpus: again, gazetteer: gazetteer)
            }
        }
        if scale == 100 { runStageBench(loaded, gazetteer: gazetteer, title: renamed ? "made-up names" : "same names") }
        let size = mb(corpus.bytes)
        let rates = runs.map { size / $0.cpu }.sorted()
        let merge = merges.sorted()[merges.count / 2]
        print("  \(String(format: "%4d", scale))x \(formatted(size)) MB, \(stage.events.count) events -> \(entries.count) entries:"
              + " one core \(formatted(rates[1])) MB/s (median of 3 runs: \(rates.map { formatted($0) }.joined(separator: ", "));"
              + " wall \(formatted(size / runs.map(\.wall).sorted()[1]))),"
              + " all cores \(formatted(size / all)) MB/s,"
              + " merge \(formatted(merge * 1000)) ms (\(formatted(merge * 1e6 / Double(max(1, stage.events.count)))) µs/event)")
    }
}

/// The capitalized words of the names and aliases of the actors found in the bundled texts.
func actorNameWords(seedFolder: String, gazetteer: Gazetteer) -> Set<String> {
    guard let corpus = try? CorpusLoader.load(seedFolder) else { return [] }
    let chronology = Pipeline.chronology(corpus: corpus, gazetteer: gazetteer)
    var words = Set<String>()
    for actor in chronology.actors {
        for name in [actor.name] + actor.aliases {
            for word in name.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 && word.first!.isUppercase {
                words.insert(String(word))
            }
        }
    }
    return words
}
