import ArgumentParser
import ChronicleCore
import Foundation

/// Reads one file for `chronicle tag` exactly as the corpus reads its documents (bytes
/// kept one for one, metadata from a `NAME.yaml` sidecar beside it), passing on the
/// loader's warnings.
enum TagInput {
    static func load(_ path: String) throws -> Document {
        let (document, warnings) = CorpusLoader.loadFile(path, relativeTo: nil)
        for w in warnings { Diagnostics.warning(w.description) }
        guard let document else {
            if warnings.isEmpty { Diagnostics.error("\(path): cannot read the file") }
            throw ExitCode.failure
        }
        return document
    }
}
