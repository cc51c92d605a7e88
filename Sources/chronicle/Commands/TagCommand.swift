import ArgumentParser
import ChronicleCore
import Foundation

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Print every time expression in a file, normalized against its creation date.",
        discussion: """
            Without --dct the creation date comes from the file's sidecar (NAME.yaml beside it), \
            else a dated byline, else it is inferred from the text; the output says which. \
            Offsets are UTF-8 byte offsets into the file.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The text file to tag.")
    var file: String

    @Option(help: "Creation date to resolve relative expressions against (YYYY-MM-DD; a time part is ignored).")
    var dct: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// `YYYY-MM-DD`, optionally followed by a time part (`1998-02-06T22:19:00`) that is ignored.
    var givenDCT: CalendarDate? {
        guard let dct, dct.count == 10 || dct.dropFirst(10).first == "T" else { return nil }
        return CalendarDate(iso: String(dct.prefix(10)))
    }

    func validate() throws {
        if let dct, givenDCT == nil {
            throw ValidationError("--dct '\(dct)' is not a date of the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let given = givenDCT
        let document = try TagInput.load(file)
        let tagger = TimeTagger()
        let creation: CreationDate?
        let dctFrom: String
        if let given {
            creation = CreationDate(date: given, source: .given, evidence: "--dct")
            dctFrom = "given"
        } else {
            let resolution = CreationDateResolver.resolve(document, tagger: tagger)
            creation = resolution.date
            if let date = resolution.date {
                dctFrom = date.explanation
            } else {
                dctFrom = "none: " + (resolution.problem ?? "no creation date found")
            }
        }
        let expressions = tagger.tag(document.utf8, dct: creation?.date)
        switch format {
        case .json:
            print(TagOutput.json(file: file, dct: creation?.date, dctFrom: dctFrom, expressions: expressions))
        case .text:
            print(TagOutput.table(file: file, dct: creation?.date, dctFrom: dctFrom, expressions: expressions))
        }
    }
}
