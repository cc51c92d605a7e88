/// One span the grammar recognized, in token indices, with its normalized value.
struct TimeMatch: Sendable {
    var start: Int
    var end: Int
    var type: TimexType
    var value: String
    var granularity: Granularity?
    /// The calendar value, for anaphora ("a year earlier", "that quarter").
    var point: TimePoint?
    /// Computed from an earlier expression of the text; later anaphora must not chain on it.
    var anaphoric = false

    init(_ start: Int, _ end: Int, _ point: TimePoint) {
        self.start = start
        self.end = end
        self.type = point.type
        self.value = point.value
        self.granularity = point.granularity
        self.point = point
    }

    func anaphora() -> TimeMatch {
        var m = self
        m.anaphoric = true
        return m
    }

    init(_ start: Int, _ end: Int, type: TimexType, value: String) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.granularity = nil
        self.point = nil
    }
}
