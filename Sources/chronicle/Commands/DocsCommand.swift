import ArgumentParser

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'docs' is not available yet")
    }
}
