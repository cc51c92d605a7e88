import ArgumentParser

struct EvalTimeMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeml", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'eval timeml' is not available yet")
    }
}
