import ArgumentParser
import ChronicleCore
import ChronicleTUI
import Foundation

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen timeline browser (the default command).",
        discussion: "Keys: j/k move, Enter opens the source, a picks actors, ? lists every key, q quits."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        do {
            try NcursesTerminal.checkAvailable()
        } catch {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(2)
        }
        let chronology: Chronology
        do {
            let result = try IndexedBuild.chronology(folder: corpus.folder, gazetteerPath: corpus.gazetteer,
                                                     indexPath: corpus.indexPath, now: Date(),
                                                     progress: BuildProgressLine.reporter())
            BuildProgressLine.finish()
            CorpusOptions.note(result.report)
            chronology = result.chronology
        } catch {
            BuildProgressLine.finish()
            Diagnostics.error("\(error) (open another folder with 'chronicle browse FOLDER')")
            throw ExitCode(1)
        }
        for warning in chronology.warnings {
            FileHandle.standardError.write(Data("chronicle: warning: \(DisplayText.sanitize(warning.description))\n".utf8))
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(2)
        }
        let status: Int32
        do {
            defer { terminal.stop() }
            var state = AppState(chronology: chronology, size: terminal.size)
            state.openOnLatestNews()
            status = Browser.run(state, on: terminal, export: ExportWriter.write)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
