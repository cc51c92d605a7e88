import ChronicleCore
import Foundation

/// Issue figure: load + creation date + sentences + time tagging, in MB/s, on one core and
/// on all cores.
func runTextStageBench(_ corpus: SyntheticCorpus) {
    let paths = corpus.files.map(\.path)
    let root = corpus.folder.path
    let tagger = TimeTagger()
    @Sendable func process(_ path: String) -> (sentences: Int, timexes: Int) {
        guard let document = CorpusLoader.loadFile(path, relativeTo: root).document else { return (0, 0) }
        let sentences = SentenceSplitter.split(document.utf8)
        let dct = CreationDateResolver.resolve(document, tagger: tagger).date?.date
        return (sentences.count, tagger.tag(document.utf8, dct: dct).count)
    }

    var sentences = 0
    var timexes = 0
    // CPU seconds of this one thread: the per-core figure, which a busy machine does not
    // hide; the wall figure beside it does count the machine's other work.
    let single = wallAndThreadCPUSeconds {
        for path in paths {
            let counts = process(path)
            sentences += counts.sentences
            timexes += counts.timexes
        }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let parallel = seconds { _ = ParallelMap.map(paths, process) }
    print("load + creation date + sentences + time tagging")
    row("corpus", "\(formatted(mb(corpus.bytes))) MB, \(paths.count) files, \(sentences) sentences, \(timexes) time expressions")
    row("one core", "\(formatted(mb(corpus.bytes) / single.cpu)) MB/s (wall \(formatted(mb(corpus.bytes) / single.wall)))  (target >= 20)")
    row("all \(cores) cores", "\(formatted(mb(corpus.bytes) / parallel)) MB/s")
}
