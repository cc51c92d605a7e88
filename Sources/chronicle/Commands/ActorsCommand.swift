import ArgumentParser
import ChronicleCore

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people, places and organizations of the corpus, with their spellings."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only actors of this kind: person, place, organization or product.")
    var kind: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        var wanted: ActorKind? = nil
        if let kind {
            guard let k = ActorKind(rawValue: kind.lowercased()) else {
                throw ValidationError("unknown kind '\(kind)'; use person, place, organization or product")
            }
            wanted = k
        }
        let chronology = try corpus.load()
        let actors = chronology.actors.filter { wanted == nil || $0.kind == wanted }
        switch format {
        case .json:
            print(ActorTable.json(actors))
        case .text:
            print(ActorTable.text(actors), terminator: "")
        }
    }
}
