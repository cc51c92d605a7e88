import ArgumentParser

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'tag' is not available yet")
    }
}
