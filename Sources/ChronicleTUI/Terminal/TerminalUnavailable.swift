/// Why the full-screen browser cannot start here; the message names a way around it.
public struct TerminalUnavailable: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ problem: String) {
        message = "chronicle: error: \(problem). Use `chronicle list` to print the timeline instead."
    }

    public var description: String { message }
}
