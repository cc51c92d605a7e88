import ArgumentParser
import ChronicleCore
import Foundation

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Build one merged chronology from a folder of news articles, and browse it.",
        version: "chronicle \(ChronicleVersion.current)",
        subcommands: [
            BrowseCommand.self, ListCommand.self, ExportCommand.self, ShowCommand.self,
            ActorsCommand.self, DocsCommand.self, IndexCommand.self, TagCommand.self, EvalCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Every error reads one way, "chronicle: error: ...", whether the argument parser
    /// or a command found it; usage lines, when the parser gives them, follow.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // A command that already said what went wrong ends with a bare code.
            if error is ExitCode { Foundation.exit(code.rawValue) }
            var lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let message = lines.isEmpty ? "\(error)" : lines.removeFirst()
            Diagnostics.error(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)
            let rest = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !rest.isEmpty { FileHandle.standardError.write(Data((rest + "\n").utf8)) }
            Foundation.exit(code.rawValue)
        }
    }
}
