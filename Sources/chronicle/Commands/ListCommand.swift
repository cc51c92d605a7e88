import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'list' is not available yet")
    }
}
