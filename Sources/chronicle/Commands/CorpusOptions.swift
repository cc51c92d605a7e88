import ArgumentParser
import ChronicleCore
import Foundation

/// Which folder to read and with which gazetteer: shared by every command that builds
/// the chronology.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A folder of articles (.txt/.md with optional NAME.yaml sidecars), or article files (default: data).",
                                 valueName: "folder-or-files"))
    var inputs: [String] = []

    /// The corpus as named: the folder, or the folder of the files.
    var folder: String { inputs.count == 1 ? inputs[0] : CorpusInputs.root(of: inputs) }

    @Option(help: ArgumentHelp("Gazetteer of known actors (YAML). Default: FOLDER/gazetteer.yaml, else the built-in one.",
                               valueName: "file"))
    var gazetteer: String?

    @Option(help: ArgumentHelp("The index to read and bring up to date. Default: one per folder in $XDG_CACHE_HOME/chronicle/ (else ~/.cache/chronicle/).",
                               valueName: "file"))
    var index: String?

    @Flag(help: "Read every article afresh; neither read nor write the index.")
    var noIndex = false

    /// The index file, or nil with --no-index.
    var indexPath: String? {
        noIndex ? nil : index ?? IndexLocation.defaultPath(for: folder)
    }

    /// Builds the chronology, printing every load warning to stderr (naming the file).
    /// Article files given one by one are read afresh, without the index.
    func load(quiet: Bool = false) throws -> Chronology {
        if inputs.isEmpty || (inputs.count == 1 && !CorpusInputs.isFile(inputs[0]) && !CorpusInputs.namesArticle(inputs[0])) {
            return try CorpusOptions.load(folder: inputs.first ?? "data", gazetteer: gazetteer, indexPath: indexPath,
                                          quiet: quiet)
        }
        let chronology: Chronology
        do {
            chronology = try CorpusInputs.chronology(inputs, gazetteer: gazetteer)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        if !quiet { for warning in chronology.warnings { Diagnostics.warning(warning.description) } }
        return chronology
    }

    /// Without `indexPath`, every article is read afresh.
    static func load(folder: String, gazetteer: String?, indexPath: String? = nil, quiet: Bool = false) throws -> Chronology {
        let chronology: Chronology
        do {
            let result = try IndexedBuild.chronology(folder: folder, gazetteerPath: gazetteer, indexPath: indexPath,
                                                     now: Date(), progress: BuildProgressLine.reporter())
            BuildProgressLine.finish()
            CorpusOptions.note(result.report)
            chronology = result.chronology
        } catch {
            BuildProgressLine.finish()
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        if !quiet {
            for warning in chronology.warnings { Diagnostics.warning(warning.description) }
            if chronology.documents.isEmpty {
                Diagnostics.warning("\(folder): no article to read (.txt or .md files)")
            }
        }
        return chronology
    }

    /// Problems with the index itself: the chronology is right all the same.
    static func note(_ report: IndexReport) {
        if let reason = report.rebuiltBecause { Diagnostics.warning("index \(report.path): rebuilt, as \(reason)") }
        if let problem = report.writeProblem { Diagnostics.warning("index not saved: \(problem)") }
    }
}

/// Messages for people go to stderr, safe for a terminal.
enum Diagnostics {
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("chronicle: warning: \(DisplayText.sanitize(message))\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("chronicle: note: \(DisplayText.sanitize(message))\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("chronicle: error: \(DisplayText.sanitize(message))\n".utf8))
    }
}
