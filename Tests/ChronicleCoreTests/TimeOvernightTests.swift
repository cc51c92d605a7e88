import Testing
@testable import ChronicleCore

/// "overnight" dates the small hours of the morning a report speaks of.
@Suite struct TimeOvernightTests {
    // 2024-03-13 is a Wednesday.
    let dct = "2024-03-13"

    @Test func bareOvernightIsTheReportDay() {
        let t = Tagged("Storms flooded two villages overnight, the rescue service said.", dct: dct)
        #expect(t.value("overnight") == "2024-03-13")
        #expect(t["overnight"]?.granularity == .day)
        let adjective = Tagged("The overnight shelling cut power to the suburbs.", dct: dct)
        #expect(adjective.value("overnight") == "2024-03-13")
    }

    @Test func overnightIntoANamedDay() {
        let into = Tagged("Rebels shelled the airport overnight into Monday, the army said.", dct: dct)
        #expect(into.value("overnight into Monday") == "2024-03-11")
        let span = Tagged("Gunfire echoed overnight Sunday into Monday near the port.", dct: dct)
        #expect(span.value("overnight Sunday into Monday") == "2024-03-11")
        let on = Tagged("Looters struck the mall overnight on Saturday.", dct: dct)
        #expect(on.value("overnight on Saturday") == "2024-03-09")
    }

    @Test func aNamedNightKeepsItsOwnDay() {
        let t = Tagged("Explosions shook the port on Tuesday night and again late on Monday night.", dct: dct)
        #expect(t.value("Tuesday night") == "2024-03-12TNI")
        #expect(t.value("Monday night") == "2024-03-11TNI")
    }

    @Test func theDayTheSentenceNamesAnchorsIt() {
        let t = Tagged("The coast guard said Monday that it rescued 40 sailors overnight.", dct: dct)
        #expect(t.value("Monday") == "2024-03-11")
        #expect(t.value("overnight") == "2024-03-11")
        // A day named in an earlier sentence does not move it.
        let two = Tagged("The envoy arrived on Monday. Protesters blocked the road overnight.", dct: dct)
        #expect(two.value("overnight") == "2024-03-13")
    }

    @Test func aForecastPointsToTheComingNight() {
        let t = Tagged("Temperatures will drop below zero overnight, forecasters warn.", dct: dct)
        #expect(t.value("overnight") == "2024-03-14")
    }

    @Test func figuresOfSpeechAndKindsAreNoNight() {
        let texts = [
            "Peace will not come overnight.",
            "Such reforms don't happen overnight.",
            "The town changed almost overnight.",
            "The singer became an overnight success.",
            "Banks borrowed at the overnight rate.",
            "Guests paid for an overnight stay.",
            "Prices rose virtually overnight.",
        ]
        for text in texts {
            #expect(!Tagged(text, dct: dct).texts.contains { $0.lowercased().contains("overnight") }, "\(text)")
        }
    }

    @Test func overnightIsNoAnchorForAnaphora() {
        let t = Tagged("On Friday, March 1, shares fell. Overnight losses in Tokyo weighed. The previous day they rose.", dct: dct)
        #expect(t.value("Overnight") == "2024-03-13")
        #expect(t.value("The previous day") == "2024-02-29")
    }

    @Test func withoutACreationDateItStaysUnresolved() {
        let t = Tagged("Drones hit the depot overnight.", dct: nil)
        #expect(t.value("overnight") == "XXXX-XX-XX")
        #expect(t["overnight"]?.granularity == nil)
    }
}
