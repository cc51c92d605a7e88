import Testing
@testable import ChronicleCore

/// "two years on now", "The war began in 2014. Two years on, ...".
@Suite struct TimeUnitsOnTests {
    let dct = "2024-03-13"

    @Test func besideNowItIsThePresentAtTheUnitsGrain() {
        let t = Tagged("Five years on now, the verdict still stings.", dct: dct)
        #expect(t.value("Five years on now") == "2024")
        #expect(t["Five years on now"]?.granularity == .year)
        let months = Tagged("Now, six months on, the bridge is open.", dct: dct)
        #expect(months.value("six months on") == "2024-03")
    }

    @Test func afterAPlacedDateItCountsFromIt() {
        let t = Tagged("The strike began in 2019. Two years on, the yard was sold.", dct: dct)
        #expect(t.value("Two years on") == "2021")
        let days = Tagged("The quake struck on January 8, 2024. Three days on, aid arrived.", dct: dct)
        #expect(days.value("Three days on") == "2024-01-11")
    }

    @Test func otherwiseItIsADurationOrNoTimeAtAll() {
        let t = Tagged("Ten years on, the scars remain.", dct: dct)
        #expect(t["Ten years on"] == nil)
        #expect(t.value("Ten years") == "P10Y")
        let job = Tagged("She spent ten years on the board and added a week on the route.", dct: dct)
        #expect(job.value("ten years") == "P10Y")
        #expect(job.value("a week") == "P1W")
    }

    @Test func thePresentIsNoAnchorForTheNextCount() {
        let t = Tagged("Three years on now, talks stall. Two years on, nothing moved.", dct: dct)
        #expect(t["Two years on"] == nil)
    }
}
