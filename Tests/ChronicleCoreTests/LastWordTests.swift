import Testing
@testable import ChronicleCore

/// `LastWord` must answer as splitting the name on spaces would, whatever the letters.
@Suite struct LastWordTests {
    @Test func agreesWithSplittingOnSpaces() {
        let names = [
            "Ingrid Solberg", "Marta", "Jean-Luc Picard", "José Álvarez", "Đorđe Vučić",
            "Mary  Ellen Brooks", "Ana Sofía", "Lt. Gen. Ruslan Avdeev", "Chen Wei’s",
        ]
        for name in names {
            #expect(LastWord.of(name).map(String.init) == name.split(separator: " ").last.map(String.init))
        }
    }

    @Test func findsTheSurname() {
        #expect(LastWord.of("Kaja Hemming Thorsen") == "Thorsen")
        #expect(LastWord.of("Dvořák") == "Dvořák")
        #expect(LastWord.of("") == nil)
    }
}
