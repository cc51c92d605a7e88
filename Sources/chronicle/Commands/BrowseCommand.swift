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
        func startTerminal() throws -> NcursesTerminal {
            do {
                return try NcursesTerminal()
            } catch {
                FileHandle.standardError.write(Data((error.message + "\n").utf8))
                throw ExitCode(2)
            }
        }
        // A build that takes over a second shows a loading screen, which can be quit.
        let build = BackgroundBuild(folder: corpus.folder, gazetteer: corpus.gazetteer, indexPath: corpus.indexPath)
        var started: NcursesTerminal? = nil
        if !build.ends(within: 1) {
            let terminal = try startTerminal()
            if let status = LoadingScreen.wait(on: terminal, folder: corpus.folder, status: { build.status },
                                               isDone: { build.isDone }) {
                terminal.stop()
                // The index is written in one transaction, or renamed into place whole:
                // leaving now keeps the previous one.
                if status != 0 { throw ExitCode(status) }
                return
            }
            // Notes and warnings go to the shell's screen, as when the build was quick.
            terminal.suspend()
            started = terminal
        }
        let chronology: Chronology
        do {
            let result = try build.result()
            CorpusOptions.note(result.report)
            chronology = result.chronology
        } catch {
            started?.stop()
            Diagnostics.error("\(error) (open another folder with 'chronicle browse FOLDER')")
            throw ExitCode(1)
        }
        for warning in chronology.warnings {
            FileHandle.standardError.write(Data("chronicle: warning: \(DisplayText.sanitize(warning.description))\n".utf8))
        }
        let terminal = try started ?? startTerminal()
        started?.resume()
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
