import Testing
@testable import ChronicleCore

/// Titles with a complement of their own ("Secretary of State", "Chief of Department",
/// "District Attorney"): the institution word inside the title must not swallow the person.
@Suite struct ActorTitledNameTests {
    static func kinds(_ text: String) -> [String: ActorKind?] {
        var out: [String: ActorKind?] = [:]
        for m in ActorRecognitionTests.mentions(text) { out[m.text] = m.kind }
        return out
    }

    @Test func aTitleOfSomethingBeforeAName() {
        let found = Self.kinds("""
            Secretary of State Marta Lindqvist flew to Oslo on Monday.
            Later, Minister of Foreign Affairs Piet Hoogland met reporters in The Hague.
            """)
        #expect(found["Marta Lindqvist"] == .person)
        #expect(found["Piet Hoogland"] == .person)
        #expect(!found.keys.contains { $0.contains("State") || $0.contains("Affairs") })
    }

    @Test func rearAndFireOpenTitlePhrases() {
        let found = Self.kinds("""
            Citing cold water, Rear Adm. Dana Hale said on Tuesday that the crew was lost. \
            Velmar Fire Chief Orin Tal said so.
            """)
        #expect(found["Dana Hale"] == .person && found["Orin Tal"] == .person, "\(found)")
        #expect(found["Rear"] == nil && found["Velmar Fire"] == nil && found["Fire"] == nil, "\(found)")
    }

    @Test func anAbbreviatedTitleInCapitalsIsNoPartOfTheName() {
        let found = Self.kinds("Velarian PM Orla Brent resigned on Friday, and CEO Tam Hale left.\n")
        #expect(found["Orla Brent"] == .person)
        #expect(found["Tam Hale"] == .person)
        #expect(!found.keys.contains { $0.hasPrefix("PM") || $0.hasPrefix("CEO") })
        // A clock's "PM" before a name is no title of it.
        let clock = Self.kinds("The vote closed at 4 PM on Friday.\n")
        #expect(clock["PM"] == nil)
        // Nor before a time zone: "305 PM EDT" is a time, no person and no model.
        let stamp = Self.kinds("305 PM EDT 28 Sep -- The storm made landfall in Velmor on Monday.\n")
        #expect(!stamp.keys.contains { $0.contains("EDT") || $0.contains("PM") }, "\(stamp)")
    }

    @Test func aGenerationMarkEndsTheNameAndTellsAnotherPerson() {
        let text = "Orlo Vantis was sentenced on Monday. His son, Orlo Vantis Jr., was convicted. Vantis said so.\n"
        let found = Self.kinds(text)
        #expect(found["Orlo Vantis Jr."] == .person)
        let names = ActorMergeTests.resolve([text]).map(\.name)
        #expect(names.contains("Orlo Vantis") && names.contains("Orlo Vantis Jr."))
        // A title's word before the mark is the surname.
        let king = Self.kinds("Tarn Velo King Jr. said on Friday that he would run.\n")
        #expect(king.keys.contains("Tarn Velo King Jr.") && king["Tarn Velo"] == nil)
    }

    @Test func lettersForASeatOrAnHonourAfterANameAreNoPartOfIt() {
        let text = "The Attorney General, Sen Dana Hale KC, said so on Monday. Orin Tal MP said on Tuesday that it was wrong. "
            + "Velma Orsk, OBE, spoke on Friday.\n"
        let found = Self.kinds(text)
        #expect(found["Dana Hale"] == .person && found["Orin Tal"] == .person && found["Velma Orsk"] == .person, "\(found)")
        #expect(!found.keys.contains { $0.hasSuffix("KC") || $0.hasSuffix("MP") || $0.hasSuffix("OBE") }, "\(found)")
        let actors = ActorMergeTests.resolve([text])
        #expect(!actors.contains { $0.aliases.contains("KC") }, "\(actors)")
    }

    @Test func theWordOfAFunctionBetweenTwoTitlesIsTheTitles() {
        let found = Self.kinds("""
            Velka Airlines Chief Operating Officer Jon Rell said the jet was safe.
            The board thanked Chief Diversity Officer Mara Olsen on Friday.
            """)
        #expect(found["Jon Rell"] == .person && found["Mara Olsen"] == .person)
        #expect(found["Velka Airlines"] == .organization)
        #expect(found["Operating"] == nil && found["Diversity"] == nil)
        // Between two titles that close no function, the name stands: "President Kovac envoy".
        #expect(Self.kinds("President Kovac envoy Lena Marsh arrived on Friday.\n")["Kovac"] != nil)
    }

    @Test func aVerbAfterATitleInATitleCaseHeadlineIsNoSurname() {
        let found = Self.kinds("""
            Former Mayor Convicted of Bribery

            Former mayor Ana Velt was convicted on Monday. Judge Ahmed Nour presided.
            Judge Mahmoud Saeed spoke later, and Mayor Saeed thanked him.
            """)
        #expect(found["Convicted"] == nil)
        #expect(found["Ana Velt"] == .person)
        // An "-ed" surname the text never writes in lower case stays a name.
        #expect(found["Saeed"] != nil)
    }

    @Test func titleWordsBeforeAKnownPlaceAreTheTitles() {
        let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Velmaria", kind: .place, aliases: ["V.M."])])
        let text = Array("Deputy V.M. Attorney Ana Velt spoke. Assistant V.M. Attorney Jon Rell agreed.\n".utf8)
        let found = MentionRecognizer(gazetteer: gazetteer).mentions(in: text, sentences: SentenceSplitter.split(text))
        let names = Set(found.map(\.text))
        #expect(names.contains("V.M.") && names.contains("Ana Velt") && names.contains("Jon Rell"))
        #expect(!names.contains("Deputy V.M.") && !names.contains("Assistant V.M."))
    }

    @Test func aHeadAfterAnotherHeadClosesTheInstitutionNotTheTitle() {
        let found = Self.kinds("Velm City Council President Ana Roe will replace him on Friday.\n")
        #expect(found["Velm City Council"] == .organization)
        #expect(found["Ana Roe"] == .person)
        #expect(found["Velm City"] == nil)
    }

    @Test func aComplementWithoutAGivenNameLeavesTheLastTwoWords() {
        let found = Self.kinds("""
            Acting Inspector General of Police Odhiambo Wekesa said 80 people were arrested.
            """)
        #expect(found["Odhiambo Wekesa"] == .person)
        #expect(!found.keys.contains { $0.contains("Inspector") || $0.contains("Police") })
    }

    @Test func anAgencyBeforeTheTitleIsANameOfItsOwn() {
        let found = Self.kinds("""
            LAPD Chief of Detectives Ramon Ferreira said the case was closed on Friday.
            """)
        #expect(found["Ramon Ferreira"] == .person)
        #expect(found.keys.contains("LAPD"))
        #expect(!found.keys.contains { $0.contains("Chief") })
    }

    @Test func anInstitutionWordFusedWithTheTitle() {
        let found = Self.kinds("""
            Bronx District Attorney Darcel Whitfield said on Tuesday that charges were filed.
            The Bronx District Attorney's office declined to comment.
            """)
        #expect(found["Darcel Whitfield"] == .person)
        #expect(!found.keys.contains { $0.contains("Attorney") })
        // The word of a court before a title is the title's; a district of its own is a place.
        let court = Self.kinds("U.S. District Judge Orla Brent ruled on Monday. The District of Velmar sued.\n")
        #expect(court["Orla Brent"] == .person)
        #expect(court["District of Velmar"] != nil)
    }

    @Test func aTitleOfSomethingAloneNamesNobody() {
        let found = Self.kinds("The Secretary of State did not attend the meeting in Rome.\n")
        #expect(!found.keys.contains { $0.contains("State") })
    }

    @Test func aMiddleInitialKeepsTheNameWhole() {
        let found = Self.kinds("CIA Director Walter J. Brennan arrived in Doha on Sunday.\n")
        #expect(found["Walter J. Brennan"] == .person)
        #expect(found["Walter J"] == nil)
    }

    @Test func aCompanyOfficersTitleNamesTheCompanyAfterOf() {
        let found = Self.kinds("""
            The new C.E.O. of Vandel, Dorian Pell, said so on Monday.
            The chief executive of Orsk Tarn left on Friday. The Professor of Marine Biology spoke.
            """)
        #expect(found["Vandel"] == .organization, "\(found)")
        #expect(found["Orsk Tarn"] == .organization, "\(found)")
        #expect(found["Dorian Pell"] == .person, "\(found)")
        #expect(found["Marine Biology"] == nil, "\(found)")
    }

    @Test func anInitialSpelledLikeALowerCaseWordStaysInTheName() {
        let found = Self.kinds("The new head of Vandel, Dorian A. Pell, said that a plan was ready.\n")
        #expect(found["Dorian A. Pell"] == .person, "\(found)")
    }

    @Test func aPersonsNameEndsAtOf() {
        let found = Self.kinds("""
            Prime Minister Anders Holm of Denmark met the delegation on Monday.
            Shares of Volvar rose 4% on Tuesday after the results.
            """)
        #expect(found["Anders Holm"] == .person)
        #expect(found.keys.contains("Denmark"))
        #expect(!found.keys.contains { $0.contains(" of ") || $0.hasPrefix("of ") })
        #expect(found["Shares"] == nil)
    }

    @Test func institutionsKeepTheirOf() {
        let found = Self.kinds("The Bank of Lisbon, the Commonwealth of Free Cities and the University of Tartu signed the deal.\n")
        #expect(found["Bank of Lisbon"] == .organization)
        #expect(found.keys.contains("Commonwealth of Free Cities"))
        #expect(found["University of Tartu"] == .organization)
    }

    @Test func rolesBeforeANameMakeAPerson() {
        let found = Self.kinds("""
            Police Commissioner Dorota Wilk said the roads were closed.
            The striker was replaced by midfielder Tomasz Sowa after an hour.
            Velm Emergency Management Agency Administrator Orin Basko has stepped down.
            """)
        #expect(found["Dorota Wilk"] == .person)
        #expect(found["Tomasz Sowa"] == .person)
        #expect(found["Orin Basko"] == .person, "\(found)")
        #expect(found["Velm Emergency Management Agency"] == .organization, "\(found)")
        #expect(!found.keys.contains { $0.contains("Commissioner") })
    }

    @Test func aHappeningAfterATitlesWordIsNoPerson() {
        let found = Self.kinds("Dan Orsk led his party to victory in the 2023 General Election. General Tarsk resigned.")
        #expect(found["Election"] == nil, "\(found)")
        #expect(found["Tarsk"] == .person, "\(found)")
    }

    @Test func aTitlesPluralBeforeNamesIsATitle() {
        let found = Self.kinds("""
            "We are glad," said Executive Co-Chairmen and Directors Orin Basko and Tam Basko in a statement.
            The ferry left Governors Island on Monday. VPD Chief of Detectives Lev Ostrow spoke.
            """)
        #expect(found["Orin Basko"] == .person, "\(found)")
        #expect(!found.keys.contains { $0.contains("Directors") || $0.contains("Chairmen") }, "\(found)")
        #expect(found["Governors Island"] == .place, "\(found)")
        #expect(found["VPD"] == .organization && found["Lev Ostrow"] == .person, "\(found)")
    }

    @Test func aRunOpeningWithAGivenNameIsOneFullName() {
        let found = Self.kinds("Thomas Andrew Kellerman, 41, was booked into the county jail on Friday.\n")
        #expect(found["Thomas Andrew Kellerman"] == .person)
        #expect(found["Andrew Kellerman"] == nil)
    }

    @Test func aPhrasalInIsNoPlaceCue() {
        let found = Self.kinds("""
            The minister brought in Dag Holm-Reitan, a Treasury official, and met reporters in Bergen.
            """)
        #expect(found["Dag Holm-Reitan"] != .place)
        #expect(found["Bergen"] == .place)
    }

    @Test func aTitleForSomethingBeforeAName() {
        let found = Self.kinds("EU Commissioner for Internal Market Lorens Vikberg said the rules would hold.\n")
        #expect(found["Lorens Vikberg"] == .person)
        #expect(!found.keys.contains { $0.contains("Market") })
    }
}

extension ActorTitledNameTests {
    @Test func anArtistsOccupationBeforeANameIsATitle() {
        let found = Self.kinds("Singer Lirabel Vost performed in Porto on Monday with the rapper Kovo Brandt.\n")
        #expect(found["Lirabel Vost"] == .person)
        #expect(found["Kovo Brandt"] == .person)
        #expect(found["Singer Lirabel Vost"] == nil)
    }

    @Test func aTitlesWordAfterAGivenNameIsItsSurname() {
        let found = Self.kinds("Author Stephen King spoke in Porto on Monday. Fans of John Major met on Tuesday.\n")
        #expect(found["Stephen King"] == .person)
        #expect(found["John Major"] == .person)
        // Before a name it is still a title: "Major Ana Ruiz" is Ana Ruiz.
        let titled = Self.kinds("Major Ana Ruiz spoke in Porto on Monday.\n")
        #expect(titled["Ana Ruiz"] == .person)
        #expect(titled["Major Ana Ruiz"] == nil)
    }

    @Test func aChairAndAWhipAreTitlesAndTheirBodyIsNoPart() {
        let found = Self.kinds("""
            Bank Chair Olga Brandt said on Monday that rates would stay high.
            The vote came after Senate Majority Leader Tomas Lind spoke, and Minority Whip Ana Ruiz left.
            """)
        #expect(found["Olga Brandt"] == .person)
        #expect(found["Tomas Lind"] == .person)
        #expect(found["Ana Ruiz"] == .person)
        #expect(!found.keys.contains { $0.hasSuffix("Chair") || $0.hasSuffix("Majority") || $0.hasSuffix("Whip") })
    }

    @Test func aMajorityAloneIsNoTitle() {
        let found = Self.kinds("A majority of voters backed Olga Brandt on Monday.\n")
        #expect(found["Olga Brandt"] == .person)
    }

    @Test func anOccupationAfterATitleIsPartOfTheTitle() {
        let found = Self.kinds("""
            Deputy Chief Meteorologist, Dana Roe, said rain would fall on Monday.
            Epidemiologist Ana Ruiz said on Tuesday that cases rose, and Chief Economist Tam Hale agreed.
            Chief Walker said on Friday that the road was closed.
            """)
        #expect(found["Dana Roe"] == .person)
        #expect(found["Ana Ruiz"] == .person)
        #expect(found["Tam Hale"] == .person)
        #expect(!found.keys.contains { $0.contains("Meteorologist") || $0.contains("Epidemiologist") }, "\(found)")
        // A surname after a title stays a person's name.
        #expect(found["Walker"] == .person)
        // A place's head right after a title opens a surname.
        let park = Self.kinds("President Park Lee-hwa met envoys on Monday. Crowds filled Central Park.\n")
        #expect(park["Park Lee-hwa"] == .person && park["Central Park"] == .place, "\(park)")
        // A given name of two syllables joined by a hyphen ends a name; an English compound
        // makes an adjective.
        let korean = Self.kinds("Kim Jong-un met Moon Jae-in on Monday, and a Lorca-based firm and a Tarvo-born man left.\n")
        #expect(korean["Kim Jong-un"] == .person && korean["Moon Jae-in"] == .person, "\(korean)")
        #expect(!korean.keys.contains { $0.hasSuffix("-based") || $0.hasSuffix("-born") }, "\(korean)")
        // A ministry's field before a title is the title's.
        let field = Self.kinds("\"We have proof,\" said Transportation Secretary Dana Roe, and Trade Minister Ana Ruiz agreed on Monday.\n")
        #expect(field["Dana Roe"] == .person && field["Ana Ruiz"] == .person, "\(field)")
        #expect(!field.keys.contains { $0.hasPrefix("Transportation") || $0.hasPrefix("Trade") }, "\(field)")
    }
}
