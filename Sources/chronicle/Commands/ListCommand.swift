import ArgumentParser
import ChronicleCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the merged chronology (or the entries the filters keep).",
        discussion: "Filters combine; --actor and --kind may be repeated. JSON is what other tools read."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format: text, markdown, json or csv.")
    var format: OutputFormat = .text

    func run() throws {
        let chronology = try corpus.load()
        let entries = try filters.filter(for: chronology).apply(to: chronology.entries)
        print(ChronologyExporter.render(entries, of: chronology, as: format.exportFormat), terminator: "")
    }
}

/// `--format` values, as the exporters name them.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv

    var exportFormat: ExportFormat { ExportFormat(rawValue: rawValue)! }
}
