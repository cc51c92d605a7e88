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

    /// Builds the chronology, printing every load warning to stderr (naming the file).
    func load(quiet: Bool = false) throws -> Chronology {
        if inputs.isEmpty || (inputs.count == 1 && !CorpusInputs.isFile(inputs[0]) && !CorpusInputs.namesArticle(inputs[0])) {
            return try CorpusOptions.load(folder: inputs.first ?? "data", gazetteer: gazetteer, quiet: quiet)
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

    static func load(folder: String, gazetteer: String?, quiet: Bool = false) throws -> Chronology {
        let chronology: Chronology
        do {
            chronology = try Pipeline.chronology(folder: folder, gazetteerPath: gazetteer)
        } catch {
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
