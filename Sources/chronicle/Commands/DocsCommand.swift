import ArgumentParser
import ChronicleCore

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the documents: title, creation date and where it came from, and every load warning."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let chronology = try corpus.load(quiet: true)
        var warningsByFile: [String: [String]] = [:]
        for w in chronology.warnings { warningsByFile[w.file, default: []].append(w.message) }
        var counts: [String: Int] = [:]
        for e in chronology.entries { for s in e.sources { counts[s.documentID, default: 0] += 1 } }
        for d in chronology.documents {
            print(DisplayText.sanitize(d.file))
            print("    title:     \(DisplayText.sanitize(d.displayTitle))")
            if let outlet = d.metadata.outlet { print("    outlet:    \(DisplayText.sanitize(outlet))") }
            if let c = d.creationDate {
                print("    published: \(c.date.iso) (\(DisplayText.sanitize(c.explanation)))")
            } else {
                print("    published: unknown")
            }
            print("    events:    \(counts[d.id] ?? 0)")
            for message in warningsByFile.removeValue(forKey: d.file) ?? [] {
                print("    warning:   \(DisplayText.sanitize(message))")
            }
            // The sidecar's problems belong to its article, which did load.
            let stem = d.file.lastIndex(of: ".").map { String(d.file[..<$0]) } ?? d.file
            for sidecar in ["yaml", "yml"].map({ stem + "." + $0 }) {
                for message in warningsByFile.removeValue(forKey: sidecar) ?? [] {
                    print("    warning:   \(DisplayText.sanitize(sidecar)): \(DisplayText.sanitize(message))")
                }
            }
        }
        // Files that never became documents (binary, empty, unreadable), sidecars without
        // an article, and folder-level notes.
        for (file, messages) in warningsByFile.sorted(by: { $0.key < $1.key }) {
            print(DisplayText.sanitize(file) + " (not loaded)")
            for message in messages { print("    warning:   \(DisplayText.sanitize(message))") }
        }
    }
}
