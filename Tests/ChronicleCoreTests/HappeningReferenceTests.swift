import Testing
@testable import ChronicleCore

/// A clause that opens with "the" and a happening noun tells more of the happening just
/// told, and joins its entry.
@Suite struct HappeningReferenceTests {
    static func refersBack(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return HappeningReference.refersBack(bytes, ByteRange(0, bytes.count))
    }

    @Test func theHappeningNounOpeningAClauseRefersBack() {
        #expect(Self.refersBack("The explosion shook Pushkin Street at about 7 a.m."))
        #expect(Self.refersBack("The deadly crash killed four people."))
        #expect(Self.refersBack("The meeting lasted two hours."))
        #expect(Self.refersBack("The talks, which began at noon, ended late."))
    }

    @Test func aModifyingOrOtherOpeningDoesNot() {
        #expect(!Self.refersBack("The fire department said two crews were sent."))
        #expect(!Self.refersBack("The attack's aftermath was felt for weeks."))
        #expect(!Self.refersBack("An explosion hit the port on Monday."))
        #expect(!Self.refersBack("The mayor of the town said the explosion was heard."))
        #expect(!Self.refersBack("The Orbis summit opened on Monday."))
    }

    static func event(_ start: Int, _ date: String, _ summary: String, places: [String], kind: EventKind,
                      refersBack: Bool = false) -> Event {
        var e = ChronologyBuilderTests.event("a", start, date, summary, kind: kind)
        e.actors = places.map { ActorRef(name: $0, kind: .place) }
        e.refersBack = refersBack
        return e
    }

    @Test func theNamedHappeningJoinsTheEventBeforeItOnItsDay() {
        let entries = ChronologyBuilderTests.build([
            Self.event(10, "2025-03-02", "A gas tank burst in a warehouse in Orlov on March 2", places: ["Orlov"], kind: .military),
            Self.event(90, "2025-03-02T07:00", "The explosion shook Pushkin Street at 7 a.m.", places: ["Pushkin Street"],
                       kind: .military, refersBack: true),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.sources.count == 2)
    }

    @Test func anotherKindOrAnotherDayStaysApart() {
        let kinds = ChronologyBuilderTests.build([
            Self.event(10, "2025-03-02", "Drones struck a depot in Orlov on March 2", places: ["Orlov"], kind: .military),
            Self.event(90, "2025-03-02", "The talks opened in Vesna on March 2", places: ["Vesna"], kind: .talks, refersBack: true),
        ])
        #expect(kinds.count == 2)
        let days = ChronologyBuilderTests.build([
            Self.event(10, "2025-03-02", "A gas tank burst in Orlov on March 2", places: ["Orlov"], kind: .military),
            Self.event(90, "2025-03-04", "The explosion was investigated on March 4", places: [], kind: .military, refersBack: true),
        ])
        #expect(days.count == 2)
    }
}
