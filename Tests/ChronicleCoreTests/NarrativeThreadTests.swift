import Testing
@testable import ChronicleCore

/// A thread of past happenings carried on by its actors, and short sentences that open
/// with a pronoun standing for someone.
@Suite struct NarrativeThreadTests {
    /// Events with references resolved, as the pipeline draws them.
    static func events(_ text: String, dct: String = "2025-03-12") -> [Event] {
        EventExtractionTests.events(text, dct: dct, withReferences: true)
    }

    /// The last sentence of the opening paragraph; what follows is a new paragraph, beyond
    /// the lead's and the dated clause's reach.
    static let opening = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. "
        + "Petrenko greeted the crowd at the western end of the bridge after the speeches. "
        + "The weather was cold and grey for most of the long afternoon by the river.\n"

    @Test func aHappeningOfTheThreadsActorCarriesItOn() {
        let events = Self.events(Self.opening
            + "Petrenko then thanked the engineers who had worked on it for two long years.\n")
        let last = events.last
        #expect(last?.summary.hasPrefix("Petrenko then thanked") == true)
        #expect(last?.basis == .context)
        #expect(last?.date.value == "2025-03-10")
        #expect(last?.datedBy == events.first?.passage)
    }

    @Test func aHappeningOfSomeoneElseDoesNot() {
        let events = Self.events(Self.opening
            + "Governor Olena Hrytsenko then thanked the engineers who had worked on it for two years.\n")
        #expect(!events.contains { $0.summary.hasPrefix("Governor Olena Hrytsenko") })
    }

    @Test func aShortSentenceOpeningWithAPronounIsText() {
        let text = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. He thanked the engineers.\n"
        let events = Self.events(text)
        #expect(events.count == 2)
        #expect(events.last?.actors.map(\.name) == ["Ivan Petrenko"])
        // The same few words as a caption, with no pronoun, are no event.
        let caption = Self.events("Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. Petrenko thanked the engineers.\n")
        #expect(caption.count == 1)
    }

    @Test func goingIsAnIntentionOnlyBeforeTo() {
        let lead = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. "
        let praise = Self.events(lead + "He called it \"the best thing going in the region\" and \"a relief\".\n")
        #expect(praise.count == 2)
        let plan = Self.events(lead + "He said \"we are going to build another one soon\".\n")
        #expect(plan.count == 1)
    }
}

extension NarrativeThreadTests {
    @Test func aNameAfterACommaIsNoPlaceOfThePrepositionBefore() {
        let lead = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. "
        let events = Self.events(lead + "Moving on, Petrenko announced a second bridge for the eastern bank of the river.\n")
        #expect(events.count == 2)
        #expect(events.last?.actors.map(\.name) == ["Ivan Petrenko"])
        // Right after the preposition, the name is where, not who.
        let located = Self.events(lead + "In Poltava, crowds gathered to watch the lights on the bridge deck until late.\n")
        #expect(located.count == 1)
    }
}
