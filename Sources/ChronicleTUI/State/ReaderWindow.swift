/// Which bytes of a long document the reader lays out: about 64 KB around a place, cut
/// at a line break or a space so wrapping starts as it would in the whole text. An
/// article shorter than that is laid out whole.
public enum ReaderWindow {
    public static let bytes = 64 * 1024

    /// The window around byte `offset` (the offset a third of the way in).
    public static func around(_ offset: Int, in text: [UInt8]) -> Range<Int> {
        let n = text.count
        guard n > bytes else { return 0..<n }
        let start = min(max(0, offset - bytes / 3), n - bytes)
        let a = start == 0 ? 0 : cut(text, near: start)
        let b = start + bytes >= n ? n : cut(text, near: start + bytes)
        return a..<max(a, b)
    }

    /// The window ending at the document's end.
    public static func end(of text: [UInt8]) -> Range<Int> {
        text.count > bytes ? around(text.count, in: text) : 0..<text.count
    }

    /// The start of a line within 2 KB before `i`, else just after a space within 256
    /// bytes, else the start of the UTF-8 character at `i`.
    static func cut(_ text: [UInt8], near i: Int) -> Int {
        var k = i
        while k > 0, i - k < 2048 {
            if text[k - 1] == 10 { return k }
            k -= 1
        }
        k = i
        while k > 0, i - k < 256 {
            if text[k - 1] == 32 { return k }
            k -= 1
        }
        k = i
        while k > 0, text[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }
}
