import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'export' is not available yet")
    }
}
