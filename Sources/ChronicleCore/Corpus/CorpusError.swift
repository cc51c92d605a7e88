/// Why a corpus folder as a whole could not be read. Problems with single files are
/// `LoadWarning`s instead, so that one bad file never stops the rest.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case notAFolder(String)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such folder"
        case .notAFolder(let path): return "\(path): is a file, not a folder of articles"
        case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
        }
    }
}
