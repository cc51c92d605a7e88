import Testing
@testable import ChronicleCore

@Suite struct TimeDurationSetTests {
    @Test func durationsAreNeverDates() {
        let t = Tagged("The siege lasted three weeks; over the past 48 hours, crews worked for two years' worth.", dct: "2022-05-05")
        #expect(t["three weeks"]?.type == .duration)
        #expect(t.value("three weeks") == "P3W")
        #expect(t["the past 48 hours"]?.type == .duration)
        #expect(t.value("the past 48 hours") == "PT48H")
        #expect(t["three weeks"]?.granularity == nil)
    }

    @Test func adjectivalDurations() {
        let t = Tagged("It signed a five-year lease and a 90-day truce.", dct: "2022-05-05")
        #expect(t.value("five-year") == "P5Y")
        #expect(t.value("90-day") == "P90D")
        #expect(t.expressions.allSatisfy { $0.type == .duration })
    }

    @Test func recurringSets() {
        let t = Tagged("Inspectors visit every week, report each Monday and publish twice a year.", dct: "2022-05-05")
        #expect(t["every week"]?.type == .set)
        #expect(t.value("every week") == "P1W")
        #expect(t.value("each Monday") == "XXXX-WXX-1")
        #expect(t["twice a year"]?.type == .set)
        #expect(t.expressions.allSatisfy { $0.granularity == nil })
        let nights = Tagged("The club opens Friday nights.", dct: "2022-05-05")
        #expect(nights["Friday nights"]?.type == .set)
        #expect(nights.value("Friday nights") == "XXXX-WXX-5TNI")
        let seasons = Tagged("Floods return every spring and each December.", dct: "2022-05-05")
        #expect(seasons.value("every spring") == "XXXX-SP")
        #expect(seasons.value("each December") == "XXXX-12")
        #expect(seasons.expressions.allSatisfy { $0.type == .set })
    }
}
