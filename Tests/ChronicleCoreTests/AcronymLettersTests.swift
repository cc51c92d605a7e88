import Testing
@testable import ChronicleCore

@Suite struct AcronymLettersTests {
    @Test func initialsOfCapitalisedWordsAndJoiningWords() {
        #expect(AcronymLetters.initials(of: "Bank of Zemla") == "BZ")
        #expect(AcronymLetters.initials(of: "Union for the Marsh Valleys") == "UMV")
        #expect(AcronymLetters.initials(of: "Órgano Nacional") == "ÓN")
    }

    @Test func noInitialsForOneWordOrALowerCaseWord() {
        #expect(AcronymLetters.initials(of: "Zemla") == nil)
        #expect(AcronymLetters.initials(of: "Zemla grain Board") == nil)
        #expect(AcronymLetters.initials(of: "Órgano nacional Zeta") == nil)
    }

    @Test func lettersOfAnAcronymWithoutItsDots() {
        #expect(AcronymLetters.letters(of: "Z.B.") == "ZB")
        #expect(AcronymLetters.letters(of: "ZBKQ") == "ZBKQ")
        #expect(AcronymLetters.letters(of: "ÉZB") == "ÉZB")
    }

    @Test func noLettersForMixedCaseOrTooLong() {
        #expect(AcronymLetters.letters(of: "Zb") == nil)
        #expect(AcronymLetters.letters(of: "Z") == nil)
        #expect(AcronymLetters.letters(of: "ZBKQWXY") == nil)
        #expect(AcronymLetters.letters(of: "Z3") == nil)
        #expect(AcronymLetters.letters(of: "Éb") == nil)
    }
}
