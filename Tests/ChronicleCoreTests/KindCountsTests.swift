import Testing
@testable import ChronicleCore

/// The per-spelling kind counters that replaced a dictionary in actor merging.
@Suite struct KindCountsTests {
    @Test func majorityIsTheMostGivenKindTiesToTheLastName() {
        var counts = KindCounts()
        #expect(counts.majority == nil)
        counts[.organization] += 2
        counts[.person] += 1
        #expect(counts.majority == .organization)
        counts[.person] += 1
        #expect(counts.majority == .person)  // 2 each: "person" sorts after "organization"
        var total = KindCounts()
        total.add(counts)
        total[.place] += 3
        #expect(total.majority == .place && total[.organization] == 2)
    }
}
