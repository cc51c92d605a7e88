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

    @Test func findsACapitalAfterALowercaseLetterWithinAWord() throws {
        #expect(try #require(PlainName("vTrade")).hasInnerCapital)
        #expect(try #require(PlainName("Orvo VanTrade")).hasInnerCapital)
        #expect(try #require(PlainName("VTrade")).hasInnerCapital == false)
        #expect(try #require(PlainName("Orvo Trade")).hasInnerCapital == false)
        #expect(AliasGraph.hasInnerCapital("Tóva vTrade") && !AliasGraph.hasInnerCapital("Tóva Trade"))
    }

    @Test func leavesNamesBeyondASCIIToCharacters() {
        #expect(PlainName("Tóva Marren") == nil)
        #expect(PlainName("Tova O’Marren") == nil)
    }
}
