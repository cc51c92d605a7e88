import ArgumentParser

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'actors' is not available yet")
    }
}
