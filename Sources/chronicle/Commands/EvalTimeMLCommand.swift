import ArgumentParser
import ChronicleCore
import Foundation

struct EvalTimeMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeml",
        abstract: "Score the time tagger on a folder of TimeML (.tml) files.",
        discussion: """
            Each document's text is tagged with its own creation date; DATE and TIME \
            expressions are compared with the gold TIMEX3 tags: strict and relaxed \
            extraction F1, and the share of matched expressions with the exact gold value.
            """
    )

    @Argument(help: "A folder of .tml files.")
    var folder: String

    @Flag(help: "List missed expressions and wrong values.")
    var verbose = false

    func run() throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".tml") && !$0.hasPrefix("._") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        } catch {
            FileHandle.standardError.write(Data("error: \(folder): cannot read the folder (\(error.localizedDescription))\n".utf8))
            throw ExitCode.failure
        }
        let tagger = TimeTagger()
        var score = TimeMLScore()
        var misses: [TimeMLScore.Miss] = []
        var chars = 0
        var seconds = 0.0
        for name in names {
            let path = PathName.join(folder, name)
            guard let data = FileManager.default.contents(atPath: path) else {
                warn("\(path): cannot read the file, skipped")
                continue
            }
            let doc: TimeMLDocument
            do {
                doc = try TimeMLDocument(parsing: [UInt8](data))
            } catch {
                warn("\(path): \(error), skipped")
                continue
            }
            chars += String(decoding: doc.text, as: UTF8.self).unicodeScalars.count
            let t0 = Date()
            let found = tagger.tag(doc.text, dct: doc.dct)
            seconds += Date().timeIntervalSince(t0)
            misses += score.add(document: String(name.dropLast(4)), text: doc.text, gold: doc.gold, system: found)
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("documents \(score.documents)  gold DATE/TIME \(score.gold)  system \(score.system)  errors 0")
        print("strict F1 \(f(score.strictF1))  relaxed F1 \(f(score.relaxedF1))  (P \(f(score.relaxedPrecision)) R \(f(score.relaxedRecall)))")
        print("value accuracy \(f(score.valueAccuracy))  value F1 \(f(score.valueF1))")
        print("tagging \(String(format: "%.3f", seconds))s for \(chars) chars (in process)")
        if verbose {
            for m in misses.prefix(200) {
                if let sys = m.system {
                    print("  VALUE \(m.document): '\(m.text)' gold \(m.gold) sys \(sys)")
                } else {
                    print("  MISSED \(m.document): '\(m.text)' gold \(m.gold)")
                }
            }
        }
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
