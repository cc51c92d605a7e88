import Foundation

/// How stored values become blobs. The index keeps Codable values whole rather than a
/// column per field, so that a field added to an event or a source is stored without a
/// change here. Blobs are `BinaryCoder`'s, which keeps no field names: any change to the
/// fields of a stored type must raise `IndexFormat.version` (a new build of chronicle
/// rebuilds the index anyway, see `IndexFormat.program`; a blob that fails to decode makes
/// the index rebuilt too).
enum IndexCoder {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        try BinaryCoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try BinaryCoder.decode(type, from: data)
    }
}
