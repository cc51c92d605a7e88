import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure accuracy: the chronology against a gold file, or the time tagger on TimeML.",
        subcommands: [EvalChronologyCommand.self, EvalTimeMLCommand.self],
        defaultSubcommand: EvalChronologyCommand.self
    )
}
