/// Wire datelines: the place in capitals, the day, the agency or a dash, then the story
/// ("UNITED NATIONS, Sept 22 (Reuters) - Iran's foreign minister ..."). The day is the
/// day of filing, the creation date's own.
extension DateMentions {
    /// The date sits inside the wire dateline that opens its line (see `WireDateline`).
    static func isDateline(_ bytes: [UInt8], line: ByteRange, range: ByteRange, lexicon: Lexicon) -> Bool {
        // A dateline ends within `WireDateline.reach` bytes of its line's start.
        guard range.end <= line.start + WireDateline.reach, let story = WireDateline.end(bytes, line, lexicon: lexicon) else { return false }
        return range.start >= line.start && range.end <= story
    }
}
