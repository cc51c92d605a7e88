import ArgumentParser
import ChronicleCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entry with each source passage in its context.",
        discussion: "In the context, »…« marks the passage and [ ] the time expression that dates it."
    )

    @Argument(help: "The entry number, as 'list' shows it.")
    var id: Int

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let chronology = try corpus.load()
        guard let entry = chronology.entries.first(where: { $0.id == id }) else {
            Diagnostics.error("no entry #\(id); the chronology has entries 1 to \(chronology.entries.count)")
            throw ExitCode(1)
        }
        print(EntryView.render(entry, in: chronology), terminator: "")
    }
}
