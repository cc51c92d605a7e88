import Testing
@testable import ChronicleCore

/// Merging events into entries, and their order.
@Suite struct ChronologyBuilderTests {
    static func event(_ doc: String, _ start: Int, _ date: String, _ summary: String,
                      actors: [String] = [], claimant: String? = nil, kind: EventKind = .other) -> Event {
        let value = TimeValue(date)!
        return Event(documentID: doc, passage: ByteRange(start, start + summary.utf8.count),
                     timex: TimeExpression(range: ByteRange(start, start + 4), text: date, type: .date,
                                           value: date, granularity: value.granularity),
                     date: value, summary: summary, actors: actors.map { ActorRef(name: $0, kind: .person) },
                     kind: kind, claimant: claimant)
    }

    static func build(_ events: [Event]) -> [Entry] {
        let docs = Set(events.map(\.documentID)).sorted()
        return ChronologyBuilder.build(events, files: Dictionary(uniqueKeysWithValues: docs.map { ($0, $0 + ".txt") }),
                                       documentOrder: Dictionary(uniqueKeysWithValues: docs.enumerated().map { ($1, $0) }))
    }

    @Test func repeatedCaptionIsOneEntryWithBothPassages() {
        let caption = "Mayor Ivan Petrenko opens the rebuilt bridge in Poltava, March 3"
        let entries = Self.build([Self.event("a", 100, "2025-03-03", caption),
                                  Self.event("a", 200, "2025-03-03", caption.replacingOccurrences(of: "’", with: "'"))])
        #expect(entries.count == 1)
        #expect(entries[0].sources.map(\.passage.start) == [100, 200])
    }

    @Test func sameHappeningFromTwoDocumentsMerges() {
        let entries = Self.build([
            Self.event("b", 10, "2025-03-03", "Ivan Petrenko opened the rebuilt Poltava bridge on Monday after two years of repairs",
                       actors: ["Ivan Petrenko", "Poltava"]),
            Self.event("a", 50, "2025-03-03", "The rebuilt bridge in Poltava was opened by mayor Ivan Petrenko on Monday",
                       actors: ["Ivan Petrenko", "Poltava"]),
        ])
        #expect(entries.count == 1)
        #expect(entries[0].sources.map(\.documentID) == ["a", "b"])  // document order
    }

    static func event(_ doc: String, _ start: Int, _ date: String, _ summary: String, people: [String],
                      places: [String] = [], claimant: String? = nil, kind: EventKind = .other) -> Event {
        var e = event(doc, start, date, summary, claimant: claimant, kind: kind)
        e.actors = people.map { ActorRef(name: $0, kind: .person) } + places.map { ActorRef(name: $0, kind: .place) }
        return e
    }

    @Test func twoMeetingsOnOneDayWithDifferentPeopleStayApart() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Farida Hassan met Carla Mendes in Tbilisi on Monday",
                       people: ["Farida Hassan", "Carla Mendes"], places: ["Tbilisi"], kind: .talks),
            Self.event("b", 10, "2025-03-03", "Emeka Obi met Carla Mendes in Lisbon on Monday",
                       people: ["Emeka Obi", "Carla Mendes"], places: ["Lisbon"], kind: .talks),
        ])
        #expect(entries.count == 2)
    }

    @Test func aReportFromAStateAndOneFromItsCountryMayTellOneHappening() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-07", "Mayor Ana Velt was convicted of six corruption charges Friday in U.S. court",
                       people: ["Ana Velt"], places: ["United States"], kind: .politics),
            Self.event("b", 10, "2025-03-07", "In Trenton, Mayor Ana Velt was found guilty of extortion and bribery",
                       people: ["Ana Velt"], places: ["New Jersey"], kind: .politics),
        ])
        #expect(entries.count == 1)
        // Reports from two states name places of their own: two happenings.
        let apart = Self.build([
            Self.event("a", 10, "2025-03-07", "Mayor Ana Velt was convicted of six corruption charges Friday in Ohio",
                       people: ["Ana Velt"], places: ["Ohio"], kind: .politics),
            Self.event("b", 10, "2025-03-07", "In Trenton, Mayor Ana Velt was found guilty of extortion and bribery",
                       people: ["Ana Velt"], places: ["New Jersey"], kind: .politics),
        ])
        #expect(apart.count == 2)
    }

    @Test func aReportMayJoinInTheWordsOfAnyMemberNotOnlyTheFirst() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-07", "Mayor Ana Velt was convicted of six corruption charges Friday in U.S. court",
                       people: ["Ana Velt"], places: ["United States"], kind: .politics),
            Self.event("b", 10, "2025-03-07", "Porto Mayor Ana Velt was found guilty of extortion and bribery after a long sting",
                       people: ["Ana Velt"], places: ["New Jersey"], kind: .politics),
            // Told in the second report's words, with no place: it joins them.
            Self.event("c", 10, "2025-03-07", "Porto Mayor Ana Velt was found guilty of extortion and bribery",
                       people: ["Ana Velt"], kind: .politics),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.sources.count == 3)
    }

    @Test func oneHappeningInTwoArticlesMergesWhateverTheWording() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Aerolinea Norte dismissed chief executive Tomas Berg, the board said",
                       people: ["Aerolinea Norte", "Tomas Berg"], claimant: "board", kind: .politics),
            Self.event("b", 40, "2025-03-03", "Tomas Berg is out at Aerolinea Norte after the engine scandal, union leaders claim",
                       people: ["Tomas Berg", "Aerolinea Norte"], claimant: "union leaders", kind: .other),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.claimants == ["board", "union leaders"])
    }

    @Test func aSharedCountryOrOnePersonAloneIsNoSameHappening() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Carla Mendes opened a factory in Portugal",
                       people: ["Carla Mendes"], places: ["Portugal"], kind: .other),
            Self.event("b", 10, "2025-03-03", "Emeka Obi won a tennis final in Portugal",
                       people: ["Emeka Obi"], places: ["Portugal"], kind: .other),
            Self.event("c", 10, "2025-03-03", "Carla Mendes gave a speech about trade tariffs",
                       people: ["Carla Mendes"], kind: .other),
        ])
        #expect(entries.count == 3)
    }

    @Test func oneSpeakerOnOneDayInTwoArticlesIsOneStatement() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Tomas Berg said the fleet would fly again within weeks",
                       people: ["Tomas Berg"], claimant: "Tomas Berg", kind: .statement),
            Self.event("b", 10, "2025-03-03", "At a press conference Tomas Berg apologised to passengers",
                       people: ["Tomas Berg"], claimant: "Tomas Berg", kind: .talks),
        ])
        #expect(entries.count == 1)
    }

    @Test func aClockTimeJoinsItsDayAndTheEntryKeepsTheDay() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Police said a car bomb killed Tomas Berg in Tarvo",
                       people: ["Tomas Berg"], places: ["Tarvo"], kind: .military),
            Self.event("b", 10, "2025-03-03T07:00", "The blast that killed Tomas Berg shook central Tarvo at seven",
                       people: ["Tomas Berg"], places: ["Tarvo"], kind: .military),
        ])
        #expect(entries.map(\.date.value) == ["2025-03-03"])
    }

    @Test func withinOneArticleOnlyDatedReportsMergeByParticipants() {
        var later = Self.event("a", 90, "2025-03-03", "Tomas Berg and Carla Mendes then toured the new hangar together",
                               people: ["Tomas Berg", "Carla Mendes"], kind: .talks)
        later.timex = nil
        later.basis = .context
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Tomas Berg met Carla Mendes on Monday to sign the lease",
                       people: ["Tomas Berg", "Carla Mendes"], kind: .talks),
            later,
        ])
        #expect(entries.count == 2)
    }

    @Test func disagreeingClaimsStayVisibleAsSeparateSources() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "Air defences downed 40 drones over the Belgorod region overnight, the ministry said",
                       actors: ["Belgorod"], claimant: "Ministry of Defence"),
            Self.event("b", 10, "2025-03-03", "Air defences downed 12 drones over the Belgorod region overnight, the governor said",
                       actors: ["Belgorod"], claimant: "Governor"),
        ])
        #expect(entries.count == 1)
        #expect(entries[0].claimants == ["Ministry of Defence", "Governor"])
        #expect(entries[0].sources.map(\.summary).allSatisfy { $0.contains("drones") })
        #expect(Set(entries[0].sources.map(\.summary)).count == 2)
    }

    @Test func differentHappeningsOrDatesStayApart() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-03", "The bridge in Poltava was opened by the mayor"),
            Self.event("a", 90, "2025-03-03", "Drones struck an oil depot in Tambov overnight"),
            Self.event("b", 10, "2025-03-04", "The bridge in Poltava was opened by the mayor"),
        ])
        #expect(entries.count == 3)
    }

    @Test func orderIsDateCoarserFirstThenDocumentOrder() {
        let entries = Self.build([
            Self.event("b", 10, "2025-03-02", "Second day talks in Geneva"),
            Self.event("a", 500, "2025-03-02", "Protest outside the embassy in Bern"),
            Self.event("a", 10, "2025-03", "A month of heavy rain"),
            Self.event("a", 90, "2025-02-28", "Last day of February storms"),
            Self.event("c", 10, "2025", "Elections are due this year"),
        ])
        #expect(entries.map(\.date.value) == ["2025", "2025-02-28", "2025-03", "2025-03-02", "2025-03-02"])
        #expect(entries.map(\.id) == [1, 2, 3, 4, 5])
        #expect(entries[3].sources[0].documentID == "a")
    }

    @Test func filtersCombine() {
        let entries = Self.build([
            Self.event("a", 10, "2025-03-02", "Talks in Geneva", actors: ["Ivan Petrenko"], kind: .talks),
            Self.event("a", 90, "2025-03-05", "Drones hit Sumy", actors: ["Ivan Petrenko"], kind: .military),
            Self.event("a", 190, "2025-04-01", "More talks in Geneva", actors: ["Anna Koval"], kind: .talks),
        ])
        let talksInMarch = EntryFilter(kinds: [.talks], from: TimeValue("2025-03"), to: TimeValue("2025-03"))
        #expect(talksInMarch.apply(to: entries).map(\.summary) == ["Talks in Geneva"])
        let koval = EntryFilter(actors: ["Anna Koval"], search: "geneva")
        #expect(koval.apply(to: entries).map(\.summary) == ["More talks in Geneva"])
        let either = EntryFilter(actors: ["Anna Koval", "Ivan Petrenko"], from: TimeValue("2025-03-03"))
        #expect(either.apply(to: entries).count == 2)
        #expect(EntryFilter(from: TimeValue("2026")).apply(to: entries).isEmpty)
    }

    @Test func filterKeepsEntriesByWhatDatesThem() {
        var published = Self.event("b", 10, "2025-03-05", "Carrier grounded its planes", actors: ["Aerolinea Norte"])
        published.timex = nil
        published.basis = .published
        let entries = Self.build([Self.event("a", 10, "2025-03-03", "Talks in Geneva", actors: ["Anna Koval"]),
                                  published])
        #expect(entries.map(\.basis) == [.text, .published])
        #expect(EntryFilter(bases: [.text]).apply(to: entries).map(\.summary) == ["Talks in Geneva"])
        #expect(EntryFilter(bases: [.context, .published]).apply(to: entries).map(\.summary) == ["Carrier grounded its planes"])
        #expect(EntryFilter(bases: [.text]).isEmpty == false)
    }

    @Test func wordSetsIgnoreCaseQuotesAndFunctionWords() {
        let a = WordSet("Donald Trump’s envoy met the Kremlin team")
        let b = WordSet("donald trump's ENVOY met kremlin team")
        #expect(a.jaccard(b) == 1)
        #expect(WordSet("the and of").words.isEmpty)
    }
}
