import ArgumentParser

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'browse' is not available yet")
    }
}
