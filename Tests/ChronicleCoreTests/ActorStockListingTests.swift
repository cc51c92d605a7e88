import Testing
@testable import ChronicleCore

/// A stock listing in brackets ("Corvane Brands (NYSE: CVB)") makes the name before it a
/// company, its ticker another name of the company, and its exchange no participant.
@Suite struct ActorStockListingTests {
    static func mentions(_ text: String, gazetteer: Gazetteer = .empty) -> [ActorMention] {
        let bytes = Array(text.utf8)
        return MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
    }

    @Test func theNameBeforeAListingIsACompanyEvenAfterIn() {
        let found = Self.mentions("""
            Shares in Halvard (TSX:HLV) fell 8 per cent on Tuesday. Halvard posted a loss on Friday.
            """)
        let halvard = found.filter { $0.text == "Halvard" }
        #expect(halvard.count == 2)
        #expect(halvard.allSatisfy { $0.kind == .organization })
    }

    @Test func aBareTickerOrAcronymInBracketsIsAnotherNameOfTheCompanyBeforeIt() {
        let found = resolvedActors(["Velcor raised $2 billion on Monday. Bankers leading Velcor’s (VLCR) listing were paid. "
            + "It was larger than Orvane (ORVN), and the Tarn Party (TXP) agreed."])
        #expect(found.first { $0.name == "Velcor" }?.aliases.contains("VLCR") == true, "\(found)")
        #expect(found.first { $0.name == "Orvane" }?.aliases.contains("ORVN") == true, "\(found)")
        #expect(found.first { $0.name == "Tarn Party" }?.aliases.contains("TXP") == true, "\(found)")
        #expect(found.count == 3, "\(found)")
        // The last part of a longer name is not what the bracket names.
        let part = resolvedActors(["The People's Union for Velmar and Democracy (PUVD) won on Monday."])
        #expect(!part.contains { $0.name == "Democracy" && $0.aliases.contains("PUVD") }, "\(part)")
    }

    @Test func aListedNameOfTwoWordsIsACompanyNotAPerson() {
        let found = Self.mentions("Corvane Brands (NYSE: CVB) reported second-quarter earnings on Wednesday.")
        #expect(found.first { $0.text == "Corvane Brands" }?.kind == .organization)
    }

    @Test func theTickerIsAnotherNameOfTheCompanyAndTheExchangeNoActor() {
        let found = Self.mentions("""
            Orsolan Foods (NASDAQ:ORSF) released its results on Wednesday. Analysts commented on ORSF shares.
            """)
        let company = found.firstIndex { $0.text == "Orsolan Foods" }
        let ticker = found.first { $0.text == "ORSF" }
        #expect(company != nil)
        #expect(ticker?.linkedTo == company)
        #expect(!found.contains { $0.text.uppercased() == "NASDAQ" })
    }

    @Test func aBracketWithoutAnExchangeIsNoListing() {
        // An acronym or a party in brackets says nothing of a stock listing.
        let found = Self.mentions("Dana Whitcombe (D-Ohio) said on Monday that Pelmar Works (PW: Ohio) would close.")
        #expect(found.first { $0.text == "Dana Whitcombe" }?.kind == .person)
        #expect(found.first { $0.text == "Dana Whitcombe" }?.linkedTo == nil)
    }

    @Test func anExchangeNamedInProseStaysAnActor() {
        let found = Self.mentions("The NYSE said on Monday that trading would resume. Corvane (NYSE: CVB) rose.")
        #expect(found.filter { $0.text == "NYSE" }.count == 1)
    }

    @Test func calendarWordsBeforeAListedNameArePartOfIt() {
        let found = Self.mentions("""
            Sunday Velmar (NASDAQ:SVLM) released its results on Wednesday. Sunday Velmar stock fell on Thursday.
            """)
        #expect(found.filter { $0.text == "Sunday Velmar" && $0.kind == .organization }.count == 2)
        #expect(!found.contains { $0.text == "Velmar" })
        // Without a listing, a weekday before a name is a date's.
        let unlisted = Self.mentions("Velmar said on Monday that Sunday Velmar would open.")
        #expect(!unlisted.contains { $0.text == "Sunday Velmar" })
    }
}
