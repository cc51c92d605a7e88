import ChronicleCore
import Foundation

/// Articles pasted from the web often arrive as one line of many paragraphs. Every stage
/// must stay linear in the length of a line: this runs the whole pipeline, without any
/// sidecar, on one article of one line built from the bundled texts.
func runLongLineBench(seeds: [[UInt8]], targetBytes: Int) {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chronicle-bench-line-\(getpid())", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var line: [UInt8] = []
    var copy = 0
    while line.count < targetBytes {
        for seed in seeds {
            let flat = SyntheticCorpus.shiftingYears(seed, by: copy % 23 - 11).map { $0 == 10 || $0 == 13 ? 32 : $0 }
            line += flat + [32]
        }
        copy += 1
    }
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(line).write(to: folder.appendingPathComponent("one-line.txt"))
        let corpus = try CorpusLoader.load(folder.path)
        var entries = 0
        let time = seconds {
            entries = Pipeline.chronology(corpus: corpus, gazetteer: .empty, parallel: false).entries.count
        }
        print("one article on one line (no sidecar: creation date inferred)")
        row("\(formatted(mb(line.count))) MB, \(entries) entries", "\(formatted(time, 2)) s, \(formatted(mb(line.count) / time)) MB/s")
    } catch {
        FileHandle.standardError.write(Data("chronicle-bench: long line: \(error)\n".utf8))
    }
}
