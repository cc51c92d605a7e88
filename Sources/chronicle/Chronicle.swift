import ArgumentParser

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Build one merged chronology from a folder of news articles, and browse it.",
        subcommands: [
            BrowseCommand.self, ListCommand.self, ExportCommand.self, ShowCommand.self,
            ActorsCommand.self, DocsCommand.self, IndexCommand.self, TagCommand.self, EvalCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
