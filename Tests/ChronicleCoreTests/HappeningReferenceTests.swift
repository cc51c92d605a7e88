import Testing
@testable import ChronicleCore

/// A clause that opens with "the" and a happening noun tells more of the happening just
/// told, and joins its entry.
@Suite struct HappeningReferenceTests {
    /// The clause read alone, after a sentence of another happening; read from its
    /// document's words, it must answer the same.
    static func refersBack(_ text: String) -> Bool {
        let lead = "A tank burst in Orlov. "
        let bytes = Array((lead + text).utf8)
        let clause = ByteRange(lead.utf8.count, bytes.count)
        let alone = HappeningReference.refersBack(bytes, clause)
        #expect(HappeningReference.refersBack(bytes, clause, in: DocumentTokens(bytes), lexicon: .bundled) == alone)
        return alone
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

/// Within one article, a speaker's statement and a plain report of what the speaker did
/// that day are one happening.
@Suite struct StatementAndReportTests {
    static func event(_ start: Int, _ summary: String, people: [String], org: String, kind: EventKind,
                      claimant: String? = nil) -> Event {
        var e = ChronologyBuilderTests.event("a", start, "2025-03-03", summary, claimant: claimant, kind: kind)
        e.actors = people.map { ActorRef(name: $0, kind: .person) } + [ActorRef(name: org, kind: .organization)]
        return e
    }

    @Test func theSpeakersWordAndTheFactAreOneEntry() {
        let entries = ChronologyBuilderTests.build([
            Self.event(10, "On March 3, Ana Ruiz signed the Orbis accord in Porto before noon", people: ["Ana Ruiz"], org: "Orbis", kind: .other),
            Self.event(900, "On March 3, Ruiz announced that she would put her name to the agreement with Orbis",
                       people: ["Ana Ruiz"], org: "Orbis", kind: .statement, claimant: "Ana Ruiz"),
        ])
        #expect(entries.count == 1)
    }

    @Test func someoneElsesWordStaysApart() {
        let entries = ChronologyBuilderTests.build([
            Self.event(10, "On March 3, Ana Ruiz signed the Orbis accord in Porto before noon", people: ["Ana Ruiz"], org: "Orbis", kind: .other),
            Self.event(900, "On March 3, Tomas Berg announced that Ruiz would put her name to the agreement with Orbis",
                       people: ["Tomas Berg", "Ana Ruiz"], org: "Orbis", kind: .statement, claimant: "Tomas Berg"),
        ])
        #expect(entries.count == 2)
    }
}

extension StatementAndReportTests {
    @Test func aSharedMonthIsNotEnough() {
        var fact = Self.event(10, "In March, Ana Ruiz signed the Orbis accord in Porto before noon", people: ["Ana Ruiz"], org: "Orbis", kind: .other)
        var word = Self.event(900, "In March, Ruiz announced that she would put her name to the agreement with Orbis",
                              people: ["Ana Ruiz"], org: "Orbis", kind: .statement, claimant: "Ana Ruiz")
        for k in [0, 1] {
            var e = k == 0 ? fact : word
            e.date = TimeValue("2025-03")!
            if k == 0 { fact = e } else { word = e }
        }
        #expect(ChronologyBuilderTests.build([fact, word]).count == 2)
    }
}
