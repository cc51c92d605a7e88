import ArgumentParser
import ChronicleCore
import Foundation

/// Which folder to read and with which gazetteer: shared by every command that builds
/// the chronology.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "The folder of articles (.txt/.md with optional NAME.yaml sidecars).")
    var folder: String = "data"

    @Option(help: ArgumentHelp("Gazetteer of known actors (YAML). Default: FOLDER/gazetteer.yaml, else the built-in one.",
                               valueName: "file"))
    var gazetteer: String?

    /// Builds the chronology, printing every load warning to stderr (naming the file).
    func load() throws -> Chronology {
        try CorpusOptions.load(folder: folder, gazetteer: gazetteer)
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
