import ChronicleCore
import Foundation

// Usage: chronicle-bench [CORPUS_DIR] [--mb N] [--seed DIR]... [--large-only]
// --seed: more article folders the large corpora are copied from (besides CORPUS_DIR).
// --large-only: only the large corpora (sizes from BENCH_SIZES).
// --chronology-only: only the whole pipeline at 1x to 100x the seed corpus, and its stages.
// --browser-only: only the browser's figures (100,000 entries, a crowded entry, a long article).
// --update-only: only the taking in of 10 new articles (sizes from BENCH_SIZES), on a corpus
//   and index kept between runs; --chronicle PATH measures another build of chronicle.
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--browser-only") {
    runBrowserBench()
    runBigEntryBench()
    exit(0)
}
let largeOnly = arguments.contains("--large-only")
let chronologyOnly = arguments.contains("--chronology-only")
let updateOnly = arguments.contains("--update-only")
arguments.removeAll { $0 == "--large-only" || $0 == "--chronology-only" || $0 == "--update-only" }
var chronicleBinary = siblingExecutable("chronicle")
if let i = arguments.firstIndex(of: "--chronicle"), i + 1 < arguments.count {
    chronicleBinary = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
var targetMB = 50
if let i = arguments.firstIndex(of: "--mb"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    targetMB = n
    arguments.removeSubrange(i...(i + 1))
}
var extraSeeds: [String] = []
while let i = arguments.firstIndex(of: "--seed"), i + 1 < arguments.count {
    extraSeeds.append(arguments[i + 1])
    arguments.removeSubrange(i...(i + 1))
}
let corpusDir = arguments.first ?? "data"

let seedCorpus: Corpus
do {
    seedCorpus = try CorpusLoader.load(corpusDir)
} catch {
    FileHandle.standardError.write(Data("chronicle-bench: \(error)\n".utf8))
    exit(2)
}
let seeds = seedCorpus.documents.map(\.utf8)
let seedBytes = seeds.reduce(0) { $0 + $1.count }
print("chronicle bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, seed corpus \(corpusDir) "
      + "(\(seeds.count) documents, \(formatted(mb(seedBytes), 3)) MB)")

if largeOnly {
    runScaleBench(seedFolders: [corpusDir] + extraSeeds, sizes: benchSizes())
    exit(0)
}
if updateOnly {
    guard let chronicleBinary else {
        print("10 new articles: no chronicle binary beside chronicle-bench; give one with --chronicle")
        exit(1)
    }
    runUpdateBench(seedFolders: [corpusDir] + extraSeeds, sizes: benchSizes(), chronicle: chronicleBinary)
    exit(0)
}
if chronologyOnly {
    runChronologyBench(seedFolder: corpusDir, seedBytes: seedBytes, seeds: seeds)
    exit(0)
}

do {
    let synthetic = try SyntheticCorpus.make(from: seeds, targetBytes: targetMB * 1_000_000)
    defer { synthetic.remove() }
    runTextStageBench(synthetic)
} catch {
    FileHandle.standardError.write(Data("chronicle-bench: \(error)\n".utf8))
    exit(1)
}
runChronologyBench(seedFolder: corpusDir, seedBytes: seedBytes, seeds: seeds)
runLongLineBench(seeds: seeds, targetBytes: 2_000_000)
runBrowserBench()
runBigEntryBench()
runScaleBench(seedFolders: [corpusDir] + extraSeeds, sizes: benchSizes())
print("peak memory")
row("resident", "\(formatted(peakMemoryMiB())) MiB")
