import Testing
@testable import ChronicleCore

/// Names listed together are of one kind: a name that said nothing of its kind takes the
/// kind the list's other names were given.
@Suite struct ActorListKindTests {
    @Test func aBareNameInAListOfCompaniesIsACompany() {
        let found = foundKinds("The airline ordered jets from Orvane, Kestrel Corp and Tarvik on Monday.\n")
        #expect(found["Orvane"] == .organization)
        #expect(found["Tarvik"] == .organization)
        let places = foundKinds("The pedal was not used in cars sold in Velmark, Orsa Province and Tarvik.\n")
        #expect(places["Tarvik"] == .place)
    }

    @Test func theTwoEndsOfARouteAreOfOneKind() {
        let found = foundKinds("""
            The jet flew from Marovia to Tarvik on Monday. The carrier moved its flights to Velmark.
            """, gazetteer: ActorBodyFieldTests.gazetteer)
        #expect(found["Tarvik"] == .place, "\(found)")
        #expect(found["Velmark"] != .place, "\(found)")
    }

    @Test func companiesNamedWithTheirPossessiveMakeTheListsKind() {
        let found = foundKinds("Prices rose at stores including Velmy’s, Orvane’s, and Tarvik Oak.\n")
        #expect(found["Velmy’s"] == .organization)
        #expect(found["Tarvik Oak"] == .organization)
        // One possessive name makes no list of companies.
        let one = foundKinds("Prices rose at Velmy’s, and Tarvik Oak said so.\n")
        #expect(one["Tarvik Oak"].flatMap { $0 } != .organization)
    }

    @Test func commasAloneMakeNoList() {
        let found = foundKinds("Before his post at Kestrel Corp, Brennan led Orvane for a year.\n")
        #expect(found["Brennan"].flatMap { $0 } != .organization)
    }

    @Test func aPersonsCueIsKept() {
        let found = foundKinds("""
            Kestrel Corp, Orvane Inc and President Hale Brennan signed the deal on Monday.
            """)
        #expect(found["Hale Brennan"] == .person)
    }

    @Test func oneCueOverridesNoGuess() {
        // An airport's head makes one place; the guess that an acronym opens a company's name
        // stands against it.
        let found = foundKinds("Meals came from Orsa International Airport, and KLV Vesta on Monday.\n")
        #expect(found["KLV Vesta"] == .organization)
    }
}
