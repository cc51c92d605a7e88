import Foundation

/// How stored values become blobs. The index keeps Codable values whole rather than a
/// column per field, so that a field added to an event or a source is stored without a
/// change here; a change of shape that old blobs cannot be read as must raise
/// `IndexFormat.version` (a blob that fails to decode also makes the index rebuilt).
enum IndexCoder {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        return try encoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
