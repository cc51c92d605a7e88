import ArgumentParser
import ChronicleCore
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or bring up to date the index of a folder, and say what changed.",
        discussion: "Every command that reads a folder does this first; 'index' does it alone."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard let path = corpus.indexPath else {
            throw ValidationError("--no-index: there is no index to build")
        }
        let result: IndexedBuild.Result
        let start = Date()
        do {
            result = try IndexedBuild.chronology(folder: corpus.folder, gazetteerPath: corpus.gazetteer, indexPath: path,
                                                 now: start, withEntries: false, progress: BuildProgressLine.reporter())
            BuildProgressLine.finish()
        } catch {
            BuildProgressLine.finish()
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        for warning in result.chronology.warnings { Diagnostics.warning(warning.description) }
        CorpusOptions.note(result.report)
        let c = result.chronology
        let seconds = Date().timeIntervalSince(start)
        print("\(DisplayText.sanitize(path)): \(result.report.summary) in \(String(format: "%.2f", seconds)) s")
        print("\(c.documents.count) documents, \(result.entryCount) entries, \(c.actors.count) actors")
        if result.report.writeProblem != nil { throw ExitCode(1) }
    }
}
