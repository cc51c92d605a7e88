import Testing
@testable import ChronicleCore

@Suite struct ReferenceNameWordTests {
    @Test func findsAWordOfAPlainNameInAnyCase() {
        #expect(ReferenceScan.plainNameHasWord("Velmora Harbour Board", "harbour") == true)
        #expect(ReferenceScan.plainNameHasWord("Velmora  Harbour", "velmora") == true)
    }

    @Test func aPartOfAWordIsNoWord() {
        #expect(ReferenceScan.plainNameHasWord("Velmora Harbour Board", "harb") == false)
        #expect(ReferenceScan.plainNameHasWord("Velmora Harbour Board", "board of") == false)
    }

    @Test func leavesANameBeyondASCIIToCharacters() {
        #expect(ReferenceScan.plainNameHasWord("Vélmora Board", "board") == nil)
    }
}
