import Foundation

/// Issue figures for large corpora, each measured on a child `chronicle` process: the full
/// build (MB/s of wall time on all cores, CPU seconds, wall / CPU, peak memory), and with
/// the index: building it, opening it in the browser to its first frame, a search from it,
/// listing from it, and taking in 10 new articles.
/// Sizes in MB come from `BENCH_SIZES` (default 5,50,200).
func runScaleBench(seedFolders: [String], sizes: [Int]) {
    guard let chronicle = siblingExecutable("chronicle") else {
        print("large corpora: no chronicle binary beside chronicle-bench; skipped")
        return
    }
    let articles = ShiftedCopies.articles(in: seedFolders)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-scale-\(getpid())")
    let errors = work.appendingPathComponent("stderr.txt").path
    let index = work.appendingPathComponent("index.sqlite").path
    guard var corpus = try? ShiftedCopies(articles: articles, folder: work.appendingPathComponent("corpus")) else {
        print("large corpora: cannot make a temporary folder; skipped")
        return
    }
    defer { try? FileManager.default.removeItem(at: work) }
    let dir = corpus.folder.path
    // A chronicle without an index refuses the flag as a usage error (64), before it
    // finds that the folder is not there.
    let hasIndex = ChildProcess.run(chronicle, ["list", work.appendingPathComponent("none").path, "--no-index"],
                                    errorFile: errors).status != 64
    print("large corpora (child chronicle processes; shifted copies of \(seedFolders.joined(separator: ", ")); "
          + "load average \(loadAverage()))")
    var rates: [(mb: Int, rate: Double, cpuRate: Double)] = []
    for size in sizes {
        do { try corpus.grow(to: size * 1_000_000) } catch {
            print("  \(size) MB: cannot write the corpus: \(error)")
            break
        }
        let megabytes = mb(corpus.bytes)
        let build = ChildProcess.run(chronicle, ["list", dir, "--format", "json"] + (hasIndex ? ["--no-index"] : []),
                                     errorFile: errors)
        guard build.status == 0 else {
            print("  \(size) MB: chronicle list failed (\(build.status)): \(build.firstError)")
            break
        }
        rates.append((size, megabytes / build.wall, megabytes / build.cpu))
        let memoryTarget = 3 * megabytes + 100
        print("  \(formatted(megabytes)) MB, \(corpus.files) files: full build \(formatted(build.wall, 2)) s, "
              + "\(formatted(megabytes / build.wall)) MB/s on all cores, \(formatted(build.cpu, 2)) s CPU "
              + "(\(formatted(megabytes / build.cpu)) MB/s per core), wall/CPU \(formatted(build.wall / build.cpu, 2)) "
              + "(target <= 0.6), peak \(formatted(build.peakMiB)) MiB (target <= \(formatted(memoryTarget)))")
        guard hasIndex else { continue }
        try? FileManager.default.removeItem(atPath: index)
        let made = ChildProcess.run(chronicle, ["index", dir, "--index", index], errorFile: errors)
        let search = ChildProcess.run(chronicle, ["list", dir, "--index", index, "--search", "no-such-text-anywhere"],
                                      errorFile: errors)
        let browser = BrowserFirstFrame.run(chronicle, ["browse", dir, "--index", index])
        let list = ChildProcess.run(chronicle, ["list", dir, "--index", index, "--format", "json"], errorFile: errors)
        try? corpus.addNew(10)
        let added = ChildProcess.run(chronicle, ["index", dir, "--index", index], errorFile: errors)
        corpus.removeNew()
        for (name, run) in [("index", made), ("search", search), ("list", list), ("10 new", added)] where run.status != 0 {
            print("    \(name) failed (\(run.status)): \(run.firstError)")
        }
        if let problem = browser.problem { print("    browser: \(problem)") }
        // CPU seconds beside wall seconds: on a busy machine the wall time says little.
        func time(_ run: ChildRun) -> String { "\(formatted(run.wall, 2)) s (\(formatted(run.cpu, 2)) s CPU)" }
        print("    index: build \(time(made)), peak \(formatted(made.peakMiB)) MiB; open in the browser to its first "
              + "frame \(formatted(browser.seconds, 2)) s (\(formatted(browser.cpu, 2)) s CPU to quit) (target <= 1); "
              + "search finding nothing \(time(search)); list as JSON \(time(list)); "
              + "10 new articles \(time(added)) (target <= 2)")
    }
    if let first = rates.first, let last = rates.last, last.mb > first.mb {
        print("  MB/s at \(last.mb) MB is \(formatted(100 * last.rate / first.rate))% of MB/s at \(first.mb) MB "
              + "(target >= 80%); per CPU second \(formatted(100 * last.cpuRate / first.cpuRate))%")
    }
}

/// Sizes in MB from `BENCH_SIZES` ("5,50"), else 5, 50 and 200.
func benchSizes() -> [Int] {
    guard let text = ProcessInfo.processInfo.environment["BENCH_SIZES"] else { return [5, 50, 200] }
    return text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
}

func siblingExecutable(_ name: String) -> String? {
    guard let own = Bundle.main.executablePath else { return nil }
    let path = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}

/// The one-minute load average: the machine may be busy with other work.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").first.map(String.init) ?? "unknown"
}
