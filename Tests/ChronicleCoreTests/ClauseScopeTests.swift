import Testing
@testable import ChronicleCore

/// A side clause tells of something other than the happening its sentence's date dates: its
/// actors are not that happening's.
@Suite struct ClauseScopeTests {
    /// The text of `sentence` left once the ranges outside the clause dated by `timex` are cut.
    static func kept(_ sentence: String, timex: String) -> String {
        let utf8 = Array(sentence.utf8)
        let r = sentence.range(of: timex)!
        let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        let passage = ByteRange(0, utf8.count)
        let outside = ClauseScope.outside(utf8, passage: passage, timex: ByteRange(start, start + timex.utf8.count),
                                          tokens: WordScanner.tokens(utf8, in: passage), lexicon: .bundled)
        var bytes = utf8
        for o in outside.sorted(by: { $0.start > $1.start }) { bytes.removeSubrange(o.start..<o.end) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aRelativeClauseOnAPersonKeepsItsNameAndDropsTheRest() {
        #expect(Self.kept("Ana Ruiz met Li Wei, who was in Oslo last week.", timex: "last week")
                == "Li Wei, who was in Oslo last week.")
        #expect(Self.kept("Ana Ruiz met Vandel chief Li Wei, who was in Oslo last week.", timex: "last week")
                == "Li Wei, who was in Oslo last week.")
    }

    @Test func aRelativeClauseWithoutTheDateIsCutAndTheClauseGoesOnAfterIt() {
        #expect(Self.kept("Li Wei, who visited Oslo in May, met Ana Ruiz on Monday.", timex: "on Monday")
                == "Li Wei, met Ana Ruiz on Monday.")
        #expect(Self.kept("Vandel signed the deal on Monday, which gives Porto a new port.", timex: "on Monday")
                == "Vandel signed the deal on Monday")
    }

    @Test func aRelativeClauseOnAThingKeepsTheClauseItInterrupts() {
        #expect(Self.kept("The board of Vandel, which met in Porto on Sunday, is weighing a sale, Ana Ruiz said.",
                          timex: "on Sunday")
                == "The board of Vandel, which met in Porto on Sunday, is weighing a sale, Ana Ruiz said.")
    }

    @Test func aClauseOfContrastWithItsOwnSubjectIsApart() {
        #expect(Self.kept("Troops advanced this week, but Lima is still seeking talks.", timex: "this week")
                == "Troops advanced this week")
        #expect(Self.kept("Troops advanced, while the envoys met in Lima on Friday.", timex: "on Friday")
                == ", while the envoys met in Lima on Friday.")
        #expect(Self.kept("Talks ended on Monday; Lima recalled its envoy.", timex: "on Monday")
                == "Talks ended on Monday")
    }

    @Test func aClauseOfContrastWithoutASubjectGoesOnWithTheOneBefore() {
        let sentence = "Vandel sold the cases at $29 in June, but will give them away after the launch."
        #expect(Self.kept(sentence, timex: "in June") == sentence)
    }

    @Test func numbersListsAndPlainCommasDoNotCut() {
        let sentence = "Ana Ruiz, Li Wei and Tomas Berg met in Porto on Monday, and 1,200 people marched."
        #expect(Self.kept(sentence, timex: "on Monday") == sentence)
    }

    @Test func theDatedEventHasOnlyTheActorsOfItsClause() {
        let text = "Talks resumed. Tomas Berg met Ana Ruiz, who was in Lisbon on Monday.\n"
        let names = Set(EventExtractionTests.events(text).flatMap { $0.actors.map(\.name) })
        #expect(names.contains("Ana Ruiz"))
        #expect(names.contains("Lisbon"))
        #expect(!names.contains("Tomas Berg"))
        let contrast = "Talks resumed. Ana Ruiz resigned on Monday, but Tomas Berg is staying in Porto.\n"
        let actors = Set(EventExtractionTests.events(contrast).flatMap { $0.actors.map(\.name) })
        #expect(actors.contains("Ana Ruiz"))
        #expect(!actors.contains("Tomas Berg"))
        #expect(!actors.contains("Porto"))
    }
}

extension ClauseScopeTests {
    @Test func aRelativeClauseLedByAPrepositionTellsOfItsAntecedent() {
        #expect(Self.kept("Vandel signed the deal on Monday, under which Porto gets a new port.", timex: "on Monday")
                == "Vandel signed the deal on Monday")
        #expect(Self.kept("Tomas Berg met Li Wei, with whom he held talks in Oslo last week.", timex: "last week")
                == "Li Wei, with whom he held talks in Oslo last week.")
        // A preposition without a relative pronoun opens no clause.
        let sentence = "Vandel signed the deal on Monday, in Porto with Ana Ruiz."
        #expect(Self.kept(sentence, timex: "on Monday") == sentence)
    }

    @Test func twoDatesAreCutBeforeARelativeClauseLedByAPreposition() {
        let text = "Ana Ruiz, the mayor, unveiled the plan to the council on Monday, in which she asked Li Wei for help next year.\n"
        let utf8 = Array(text.utf8)
        let monday = text.utf8.distance(from: text.startIndex, to: text.range(of: "on Monday")!.lowerBound)
        let year = text.utf8.distance(from: text.startIndex, to: text.range(of: "next year")!.lowerBound)
        let cut = PassageSplitter.boundary(utf8, monday + 9, year)
        #expect(cut == text.utf8.distance(from: text.startIndex, to: text.range(of: "in which")!.lowerBound))
    }
}
