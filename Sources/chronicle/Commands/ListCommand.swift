import ArgumentParser
import ChronicleCore
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the merged chronology (or the entries the filters keep).",
        discussion: "Filters combine; --actor and --kind may be repeated. JSON is what other tools read."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format: text (txt), markdown (md), json or csv.")
    var format: OutputFormat = .text

    func run() throws {
        let chronology = try corpus.load()
        let filter = try filters.filter(for: chronology)
        let entries = filter.apply(to: chronology.entries)
        let query = ExportQuery(corpus: chronology.root, filter: filter)
        ChronologyExporter.render(entries, of: chronology, as: format.exportFormat, query: query) { bytes in
            try? FileHandle.standardOutput.write(contentsOf: Data(buffer: bytes))
        }
    }
}

/// `--format` values, as the exporters name them, or as file extensions do.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv
    case txt, md

    var exportFormat: ExportFormat {
        switch self {
        case .txt: return .text
        case .md: return .markdown
        default: return ExportFormat(rawValue: rawValue)!
        }
    }
}
