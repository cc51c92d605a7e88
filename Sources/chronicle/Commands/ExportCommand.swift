import ArgumentParser
import ChronicleCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the chronology (or the filtered entries) to a file, atomically.",
        discussion: """
            The format follows the file's extension (.txt, .md, .json, .csv) unless --format \
            says otherwise. An existing file is kept unless --force is given. '--output -' \
            writes to standard output (text unless --format says otherwise).
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "file"))
    var output: String

    @Option(help: "Output format: text (txt), markdown (md), json or csv (default: from the file's extension).")
    var format: OutputFormat?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    private var toStandardOutput: Bool { output == "-" }

    func validate() throws {
        if toStandardOutput { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            let folder = output.hasSuffix("/") ? output : output + "/"
            throw ValidationError("'\(output)' is a folder; give a file name, such as \(folder)chronicle.md")
        }
        if format == nil && ExportFormat.infer(fromPath: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; use .txt, .md, .json or .csv, or --format")
        }
    }

    func run() throws {
        let exportFormat = format?.exportFormat ?? (toStandardOutput ? .text : ExportFormat.infer(fromPath: output)!)
        let chronology = try corpus.load()
        let filter = try filters.filter(for: chronology)
        let entries = filter.apply(to: chronology.entries)
        let query = ExportQuery(corpus: chronology.root, filter: filter)
        if toStandardOutput {
            ChronologyExporter.render(entries, of: chronology, as: exportFormat, query: query) { bytes in
                try? FileHandle.standardOutput.write(contentsOf: Data(buffer: bytes))
            }
            return
        }
        // The bytes are gathered as they are made: no text of the whole export beside them.
        var bytes: [UInt8] = []
        ChronologyExporter.render(entries, of: chronology, as: exportFormat, query: query) { bytes += $0 }
        do {
            try AtomicFileWriter.write(bytes, to: output, overwrite: force)
        } catch {
            Diagnostics.error("\(error)" + (force ? "" : (error as? AtomicFileWriter.Failure == .exists(path: output) ? " (use --force to replace it)" : "")))
            throw ExitCode(1)
        }
        print("wrote \(entries.count) entr\(entries.count == 1 ? "y" : "ies") to \(output) (\(exportFormat.rawValue))")
    }
}
