import Yams

/// A YAML or decoding error said in one line a person can act on: where, and what.
/// Yams wraps its own errors in `DecodingError.dataCorrupted`; the place comes from its
/// marks, because its descriptions carry source lines and Swift type names that mean
/// nothing to someone editing a file.
enum YAMLProblem {
    static func describe(_ error: Error) -> String {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            return located(mark, problem, context)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return "\(keys) given twice in the keys from line \(context.mark.line)"
        case YamlError.reader(let problem, _, _, _):
            return problem
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

    /// "line 3, column 5: did not find expected key (while parsing a block mapping from line 1)".
    private static func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> String {
        var text = "line \(mark.line), column \(mark.column): \(problem)"
        if let context {
            text += " (\(context.text) from line \(context.mark.line))"
        }
        return text
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
