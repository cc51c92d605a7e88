import ArgumentParser

struct EvalChronologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chronology", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'eval chronology' is not available yet")
    }
}
