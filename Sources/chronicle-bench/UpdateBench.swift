import Foundation

/// The time to take 10 new articles into the index, alone, at each size: the corpus and
/// its index are kept in the temporary folder between runs (made by the first one, the
/// index made again when the program changed), and each run starts from a copy of that
/// index. Three runs per size (`BENCH_RUNS`), each printed, and their median.
/// `BENCH_WRAP` runs the measured command under another, e.g. a profiler's
/// ("perf record -g -o FILE --"): the figures are then that command's.
func runUpdateBench(seedFolders: [String], sizes: [Int], chronicle: String) {
    let environment = ProcessInfo.processInfo.environment
    let repeats = max(1, Int(environment["BENCH_RUNS"] ?? "") ?? 3)
    let wrapper = (environment["BENCH_WRAP"] ?? "").split(separator: " ").map(String.init)
    let articles = ShiftedCopies.articles(in: seedFolders)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-update-bench")
    let errors = work.appendingPathComponent("stderr.txt").path
    print("10 new articles into the index (\(chronicle); load average \(loadAverage()))")
    for size in sizes {
        let folder = work.appendingPathComponent("corpus-\(size)")
        var corpus: ShiftedCopies
        if let kept = ShiftedCopies(articles: articles, kept: folder) {
            corpus = kept
        } else {
            do {
                try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
                corpus = try ShiftedCopies(articles: articles, folder: folder)
                try corpus.grow(to: size * 1_000_000)
                try corpus.keep()
            } catch {
                print("  \(size) MB: cannot write the corpus: \(error)")
                return
            }
        }
        corpus.removeNew()
        // One kept index per program, so that two builds can be compared in turn.
        let kept = work.appendingPathComponent("index-\(size)-\(fnv(chronicle)).sqlite").path
        let made = ChildProcess.run(chronicle, ["index", folder.path, "--index", kept], errorFile: errors)
        guard made.status == 0 else {
            print("  \(size) MB: chronicle index failed (\(made.status)): \(made.firstError)")
            return
        }
        let index = work.appendingPathComponent("index-run.sqlite").path
        var runs: [ChildRun] = []
        for _ in 0..<repeats {
            try? FileManager.default.removeItem(atPath: index)
            do {
                try FileManager.default.copyItem(atPath: kept, toPath: index)
                try corpus.addNew(10)
            } catch {
                print("  \(size) MB: cannot prepare the run: \(error)")
                return
            }
            let command = wrapper + [chronicle, "index", folder.path, "--index", index]
            let run = ChildProcess.run(command[0], Array(command.dropFirst()), errorFile: errors)
            corpus.removeNew()
            guard run.status == 0 else {
                print("  \(size) MB: chronicle index failed (\(run.status)): \(run.firstError)")
                return
            }
            runs.append(run)
        }
        try? FileManager.default.removeItem(atPath: index)
        let median = runs.sorted { $0.wall < $1.wall }[runs.count / 2]
        let each = runs.map { "\(formatted($0.wall, 2)) s (\(formatted($0.cpu, 2)) s CPU, \(formatted($0.peakMiB)) MiB)" }
        print("  \(formatted(mb(corpus.bytes))) MB, \(corpus.files) files: median \(formatted(median.wall, 2)) s "
              + "(\(formatted(median.cpu, 2)) s CPU) (target <= 2); runs \(each.joined(separator: ", "))")
    }
}

/// A name for `text` that stays the same from one run to the next (Swift's own hashes do not).
private func fnv(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
}
