/// A problem met while loading one file. Loading goes on; the warning names the file.
public struct LoadWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Path relative to the corpus folder (or as given).
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
