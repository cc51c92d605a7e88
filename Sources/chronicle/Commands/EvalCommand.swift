import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'eval' is not available yet")
    }
}
