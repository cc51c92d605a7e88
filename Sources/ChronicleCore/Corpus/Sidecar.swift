import Yams

/// A metadata sidecar (`NAME.yaml` beside `NAME.txt`), as people write it by hand.
///
/// Decoding is lenient key by key: unknown keys are ignored, and a key whose value is
/// not usable is dropped with a problem that names it, so one typo never costs the rest.
/// `published` is decoded as a String on purpose: loaded untyped, YAML would turn
/// `2025-12-03` into a timestamp in some zone.
struct Sidecar: Decodable {
    var metadata = DocumentMetadata()
    /// One line per dropped key ("published: “next week” is not a date YYYY-MM-DD").
    var problems: [String] = []

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init() {}

    init(from decoder: Decoder) throws {
        let container: KeyedDecodingContainer<Key>
        do {
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            // A document that is one scalar or one list is not a set of keys.
            throw SidecarError.notAMapping
        }
        func text(_ name: String) -> String? {
            let key = Key(stringValue: name)
            guard container.contains(key) else { return nil }
            do {
                guard let value = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
                let trimmed = value.trimmingWhiteSpace()
                return trimmed.isEmpty ? nil : trimmed
            } catch {
                problems.append("\(name): expected text, found a list or a mapping; ignored")
                return nil
            }
        }
        metadata.title = text("title")
        metadata.outlet = text("outlet")
        metadata.author = text("author")
        metadata.note = text("note")
        if let url = text("url") {
            if Sidecar.looksLikeURL(url) {
                metadata.url = url
            } else {
                problems.append("url: “\(Sidecar.excerpt(url))” is not a web address; ignored")
            }
        }
        if let published = text("published") {
            if let date = Sidecar.publishedDate(published) {
                metadata.published = date.iso
            } else {
                problems.append("published: “\(Sidecar.excerpt(published))” is not a date YYYY-MM-DD; ignored")
            }
        }
    }

    /// One decoder for every sidecar: making one reads the whole process environment
    /// (for Yams's encoding override), which cost more than decoding a short sidecar. Its
    /// `decode` only reads the decoder's options, so threads may share it.
    nonisolated(unsafe) private static let decoder = YAMLDecoder(encoding: .utf8)

    /// Decodes sidecar text; throws `SidecarError` when it is not a YAML mapping at all.
    static func decode(_ yaml: String) throws -> Sidecar {
        if yaml.trimmingWhiteSpace().isEmpty { return Sidecar() }
        do {
            return try decoder.decode(Sidecar.self, from: yaml)
        } catch {
            throw Sidecar.explain(error)
        }
    }

    private static func explain(_ error: Error) -> SidecarError {
        if let error = error as? SidecarError { return error }
        if case DecodingError.dataCorrupted(let context) = error, let ours = context.underlyingError as? SidecarError {
            return ours
        }
        return .malformed(YAMLProblem.describe(error))
    }

    /// `YYYY-MM-DD`, optionally followed by a time (`T10:00:00Z` or ` 10:00`), whose day exists.
    static func publishedDate(_ s: String) -> CalendarDate? {
        let u = Array(s.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !u[i].isASCIIDigit { return nil }
        if u.count > 10, u[10] != 0x54, u[10] != 0x20 { return nil }
        return CalendarDate(iso: String(decoding: u[0..<10], as: UTF8.self))
    }

    private static func looksLikeURL(_ s: String) -> Bool {
        guard !s.utf8.contains(where: { $0.isASCIIWhitespace }) else { return false }
        return s.contains("://") || s.hasPrefix("www.")
    }

    private static func excerpt(_ s: String) -> String {
        let clean = DisplayText.sanitize(s)
        return clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }
}

enum SidecarError: Error, Equatable, CustomStringConvertible {
    case notAMapping
    case malformed(String)

    var description: String {
        switch self {
        case .notAMapping: return "is not a list of keys (title:, published:, ...); metadata ignored"
        case .malformed(let reason): return "is not valid YAML (\(reason)); metadata ignored"
        }
    }
}
