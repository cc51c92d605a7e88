import Testing
@testable import ChronicleCore

@Suite struct PlainNameTests {
    @Test func readsWordsCaseAndApostrophes() throws {
        let name = try #require(PlainName("Tova O'Marren"))
        #expect(name.wordCount == 2)
        #expect(name.firstIsUpper && name.hasSpace && name.hasApostrophe && name.hasLower)
        let acronym = try #require(PlainName("ZKB"))
        #expect(acronym.wordCount == 1 && !acronym.hasSpace && !acronym.hasApostrophe && !acronym.hasLower)
    }

    @Test func countsWordsAsSplittingOnSpacesDoes() throws {
        #expect(try #require(PlainName("  Tova   Marren ")).wordCount == 2)
        #expect(try #require(PlainName("tova")).firstIsUpper == false)
    }

    /// Asked of every name, plain or not, by the one test naming and joining share.
    @Test func findsACapitalAfterALowercaseLetterWithinAWord() {
        #expect(AliasGraph.hasInnerCapital("vTrade"))
        #expect(AliasGraph.hasInnerCapital("Orvo VanTrade"))
        #expect(AliasGraph.hasInnerCapital("VTrade") == false)
        #expect(AliasGraph.hasInnerCapital("Orvo Trade") == false)
        #expect(AliasGraph.hasInnerCapital("Tóva vTrade") && !AliasGraph.hasInnerCapital("Tóva Trade"))
    }

    @Test func leavesNamesBeyondASCIIToCharacters() {
        #expect(PlainName("Tóva Marren") == nil)
        #expect(PlainName("Tova O’Marren") == nil)
    }
}
