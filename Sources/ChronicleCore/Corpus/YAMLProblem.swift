import Yams

/// A YAML or decoding error said in one line a person can act on: where, and what.
/// Yams wraps its own errors in `DecodingError.dataCorrupted`, and its descriptions carry
/// the source lines and Swift type names that mean nothing to someone editing a file.
enum YAMLProblem {
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as YamlError:
            // "mark: error: context", "problem:", then the source lines: the first two say it.
            let lines = String(describing: error).split(separator: "\n").prefix(2).map {
                String($0).trimmingWhiteSpace()
            }
            var text = lines.joined(separator: "; ")
            if text.hasSuffix(":") { text.removeLast() }
            return text
        case DecodingError.dataCorrupted(let context):
            if let underlying = context.underlyingError { return describe(underlying) }
            return context.debugDescription
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(expected(type))"
        case DecodingError.keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        default:
            return String(describing: error)
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasSuffix("Sequence") { return "a list" }
        if name.hasPrefix("Dictionary") || name.hasSuffix("Mapping") { return "keys and values" }
        if name == "String" || name.hasSuffix("Scalar") { return "text" }
        if name == "Int" || name == "Double" { return "a number" }
        return "a \(name.lowercased())"
    }

    private static func path(_ keys: [CodingKey]) -> String {
        guard !keys.isEmpty else { return "the top level" }
        return keys.map { $0.intValue.map { "entry \($0 + 1)" } ?? $0.stringValue }.joined(separator: " → ")
    }
}
