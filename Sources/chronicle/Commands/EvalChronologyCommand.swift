import ArgumentParser
import ChronicleCore
import Foundation

struct EvalChronologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronology",
        abstract: "Score the chronology against a gold file (events, dates, actor aliases).",
        discussion: """
            Scores by the rule of the gold README, with the same figures as the judge \
            score_chronology.py: each source passage is a system event; core mode (default) \
            neither rewards nor penalises borderline gold events; strict counts them too.
            """
    )

    @Argument(help: "The gold file (JSON).")
    var gold: String

    @Option(help: "The folder holding the gold's texts, which is also the corpus scored.")
    var corpus: String = "data"

    @Option(help: ArgumentHelp("Gazetteer of known actors (YAML).", valueName: "file"))
    var gazetteer: String?

    @Flag(help: "Make the strict score the main one (core printed beside it).")
    var strict = false

    @Flag(help: "List extra, missed and wrongly dated events, split alias groups and false merges.")
    var verbose = false

    @Option(help: ArgumentHelp("Exit with status 1 when event F1 is below this.", valueName: "x"))
    var minF1: Double?

    @Option(help: ArgumentHelp("Exit with status 1 when date accuracy is below this.", valueName: "x"))
    var minDate: Double?

    func run() throws {
        let goldFile: ChronologyGold
        do {
            goldFile = try ChronologyGold.load(path: gold)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        let chronology = try CorpusOptions.load(folder: corpus, gazetteer: gazetteer)
        let main: ChronologyScore, other: ChronologyScore
        do {
            main = try ChronologyScorer.score(chronology, gold: goldFile, textsDirectory: corpus, strict: strict)
            other = try ChronologyScorer.score(chronology, gold: goldFile, textsDirectory: corpus, strict: !strict)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        let mainName = strict ? "strict" : "core", otherName = strict ? "core" : "strict"
        for line in main.summaryLines { print(line) }
        print(main.actorLine)
        print(main.eventActorLine)
        print(main.mergeLine)
        print("(\(otherName): " + other.summaryLines.joined(separator: "; ") + ")")
        if verbose { for line in main.diagnosticLines { print(line) } }
        print("\(mainName): event F1 \(f3(main.f1)), date accuracy \(f3(main.dateAccuracy)), alias groups \(main.aliasGroupsMerged)/\(main.aliasGroups), false merges \(main.falseMerges.count)")
        if let minF1, main.f1 < minF1 { throw ExitCode(1) }
        if let minDate, main.dateAccuracy < minDate { throw ExitCode(1) }
    }

    private func f3(_ x: Double) -> String { String(format: "%.3f", x) }
}
