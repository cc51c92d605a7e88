import Testing
@testable import ChronicleCore

/// Which company a bare name is, whatever document it is written in, and which person a
/// surname is.
@Suite struct ActorCompanyAcrossDocumentsTests {
    @Test func possessionsOnlyACompanyHasMakeItACompany() {
        let kinds = foundKinds("Corvane recalled 6,000 of its cars. Corvane's chief executive apologised.")
        #expect(kinds["Corvane"] == .organization)
        let person = foundKinds("Hale recalled the start of his career.")
        #expect(person["Hale"] != .organization)
    }

    @Test func aNameCuedAsACompanyInOneArticleIsThatCompanyInAnother() {
        let found = resolvedActors(["Corvane shares fell on Monday.", "Corvane said sales rose on Tuesday."])
        #expect(found.filter { $0.name.hasPrefix("Corvane") }.map(\.kind) == [.organization])
    }

    @Test func aCompanysShortNameStaysApartFromItsNamesakeFounder() {
        let one = resolvedActors(["""
            Software firm Velcor Systems installed CEO Dana Velcor on the board on Monday. Of \
            the new money, $337 million comes from Velcor.
            """])
        #expect(one.first { $0.name == "Velcor Systems" }?.aliases.contains("Velcor") == true, "\(one)")
        #expect(one.first { $0.name == "Dana Velcor" }?.aliases.contains("Velcor Systems") == false, "\(one)")
        // In a text that names the founder and not the company, the surname is the founder's.
        let two = resolvedActors(["Software firm Velcor Systems grew on Monday.",
                                  "The board installed Dana Velcor on Tuesday. The money comes from Velcor."])
        #expect(two.first { $0.name == "Dana Velcor" }?.aliases.contains("Velcor") == true, "\(two)")
        #expect(two.first { $0.name == "Dana Velcor" }?.aliases.contains("Velcor Systems") == false, "\(two)")
    }

    @Test func aSpellingVariantOfASurnameWrittenExactlyIsAnotherName() {
        let other = resolvedActors(["Marta Okafor spoke on Monday. Okafor said the plant would close. Okafar shares fell."])
        #expect(other.first { $0.name == "Marta Okafor" }?.aliases.contains("Okafar") == false)
        // A misspelt surname alone in its text still joins the full name.
        let typo = resolvedActors(["Marta Okafor spoke on Monday. Later Okafar said the plant would close."])
        #expect(typo.first { $0.name == "Marta Okafor" }?.aliases.contains("Okafar") == true)
    }

    @Test func onePlaceCueMakesNoPlaceOfAPersonNamedElsewhere() {
        let found = resolvedActors(["Dana Hale spoke on Monday. Hale said the plant would open.",
                                 "Hale said the plant would open.", "Hale announced a new phone.",
                                 "Fans gathered in Hale on Friday."])
        let person = found.first { $0.name == "Dana Hale" }
        #expect(person?.aliases.contains("Hale") == true)
        #expect(!found.contains { $0.name.hasPrefix("Hale") && $0.kind == .place && $0.mentions > 1 })
    }
}
