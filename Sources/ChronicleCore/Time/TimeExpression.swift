/// One time expression found in a text, normalized TIMEX3-style.
public struct TimeExpression: Hashable, Sendable, Codable {
    public var range: ByteRange
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: `2025-12-02`, `2025-12`, `2025`, `199X`, `2025-W49`, `2025-Q1`,
    /// `2025-WI`, `2025-12-21T07:00`, `PRESENT_REF`, `P3D` (durations), `XXXX-12-02`
    /// when the year is unknown.
    public var value: String
    /// Nil for durations, sets and unresolved values.
    public var granularity: Granularity?

    public init(range: ByteRange, text: String, type: TimexType, value: String, granularity: Granularity?) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.granularity = granularity
    }

    /// The calendar value, when this expression names a placeable point or period.
    public var timeValue: TimeValue? {
        guard type == .date || type == .time else { return nil }
        return TimeValue(value)
    }
}
