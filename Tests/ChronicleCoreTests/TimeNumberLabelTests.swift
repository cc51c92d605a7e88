import Testing
@testable import ChronicleCore

/// A four-digit number is no year where it labels a thing ("Room 2010") or numbers a house
/// ("1999 Main Street"); the same numbers after a word of time stay years.
@Suite struct TimeNumberLabelTests {
    @Test func aNumberAfterANounThatTakesALabelIsNoYear() {
        let text = """
            The claim falls under Article 2100 of the treaty. Delegates met in Room 2010. \
            The model 2000 heater was recalled. Turn to page 1999. Passengers on Flight 2016 \
            waited. The clerk filed Form 1099. The bus takes Route 1990 south.
            """
        let t = Tagged(text, dct: "2024-05-02")
        for number in ["2100", "2010", "2000", "1999", "2016", "1099", "1990"] {
            #expect(!t.texts.contains { $0.contains(number) }, "\(number)")
        }
    }

    @Test func aHouseNumberBeforeAStreetIsNoYear() {
        let t = Tagged("The shop at 1999 Main Street closed. The office moved to 2024 West Elm Ave. last week.", dct: "2024-05-02")
        #expect(t.value("1999") == nil)
        #expect(t.value("2024") == nil)
        #expect(t.value("last week") == "2024-W17")
    }

    @Test func theSameNumbersAfterWordsOfTimeAreYears() {
        let t = Tagged("""
            In 1999 Main Street shops were busy. The treaty was signed in 2010. Flights resumed \
            in 2016, and the 2000 model was a hit.
            """, dct: "2024-05-02")
        #expect(t.value("1999") == "1999")
        #expect(t.value("2010") == "2010")
        #expect(t.value("2016") == "2016")
        #expect(t.value("2000") == "2000")
    }
}
