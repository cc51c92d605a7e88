import ChronicleCore
import Foundation

/// Issue figure: load + sentences + time tagging, in MB/s, on one core and on all cores.
func runTextStageBench(_ corpus: SyntheticCorpus) {
    let paths = corpus.files.map(\.path)
    let root = corpus.folder.path
    @Sendable func process(_ path: String) -> Int {
        guard let document = CorpusLoader.loadFile(path, relativeTo: root).document else { return 0 }
        let sentences = SentenceSplitter.split(document.utf8)
        return sentences.count
    }

    var sentenceCount = 0
    let single = seconds {
        for path in paths { sentenceCount += process(path) }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let parallel = seconds {
        _ = parallelMap(paths.count) { process(paths[$0]) }
    }
    print("load + sentences")
    print("  corpus           \(formatted(mb(corpus.bytes))) MB in \(paths.count) files, \(sentenceCount) sentences")
    print("  one core         \(formatted(mb(corpus.bytes) / single)) MB/s")
    print("  all \(cores) cores      \(formatted(mb(corpus.bytes) / parallel)) MB/s")
}
