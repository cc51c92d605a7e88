import ArgumentParser
import ChronicleCore
import Foundation

/// Reads one file for `chronicle tag` exactly as the corpus reads its documents (bytes
/// kept one for one, metadata from a `NAME.yaml` sidecar beside it), passing on the
/// loader's warnings.
enum TagInput {
    static func load(_ path: String) throws -> Document {
        let (document, warnings) = CorpusLoader.loadFile(path, relativeTo: nil)
        for w in warnings {
            FileHandle.standardError.write(Data("warning: \(w)\n".utf8))
        }
        guard let document else {
            if warnings.isEmpty { FileHandle.standardError.write(Data("error: \(path): cannot read the file\n".utf8)) }
            throw ExitCode.failure
        }
        return document
    }
}
