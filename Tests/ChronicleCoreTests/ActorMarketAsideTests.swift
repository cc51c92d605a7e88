import Testing
@testable import ChronicleCore

/// A market report's aside after a name, set off by a comma ("Velcor, down 3.1 percent at
/// $74"), gives the name's move by a share: the name is a company's.
@Suite struct ActorMarketAsideTests {
    @Test func aNameWithItsMoveInACommaAsideIsACompany() {
        let found = foundKinds("""
            The index ended higher, helped by gains in Orvane, up 1.7 percent at $127.04. Metals \
            were weakest, led by Velcor, down 3.1 percent at $74.68, and Tarnik, up nearly 2%.
            """)
        #expect(found["Orvane"] == .organization)
        #expect(found["Velcor"] == .organization)
        #expect(found["Tarnik"] == .organization)
    }

    @Test func anAsideWithoutAShareOrWithoutItsCommaMovesNothing() {
        let found = foundKinds("""
            The crowd in Orvane, up the hill from the river, cheered. Dana Velcor, down the road, \
            waved. Talks in Tarnik up 2% were planned.
            """)
        #expect(found["Orvane"] != .organization)
        #expect(found["Dana Velcor"] == .person)
        #expect(found["Tarnik"] != .organization)
    }
}
