import Testing
@testable import ChronicleCore

/// A company's legal form makes its name a company's, and its short name ("Vandel") is the
/// company whose full name it starts ("Vandel Airlines").
@Suite struct ActorCompanyNameTests {
    @Test func aLegalFormMakesACompanyEvenWhereItIsDropped() {
        let found = resolvedActors(["Lumeta Athletica Inc rose 3 percent on Monday. Orvane Holdings Ltd. fell."])
        #expect(found.first { $0.name.hasPrefix("Lumeta Athletica") }?.kind == .organization)
        #expect(found.first { $0.name.hasPrefix("Orvane Holdings") }?.kind == .organization)
        // Without one, two capitalised words with nothing else to go by read as a person.
        #expect(resolvedActors(["Lumeta Athletica rose to speak on Monday."]).first?.kind == .person)
    }

    @Test func aGivenNameInsideACompanysNameSplitsNothing() {
        let found = resolvedActors(["The operator, Tarnex Marine Private Limited, said so on Monday."])
        #expect(found.map(\.name) == ["Tarnex Marine Private Limited"], "\(found)")
        #expect(found.first?.kind == .organization, "\(found)")
    }

    @Test func aLegalFormBeforeATitleEndsTheCompanyNotTheTitle() {
        let found = resolvedActors(["Borel Motor Corp President Ana Ruiz apologised on Friday."])
        #expect(found.first { $0.name == "Borel Motor Corp" }?.kind == .organization)
        #expect(found.first { $0.name == "Ana Ruiz" }?.kind == .person)
        #expect(!found.contains { $0.name == "Borel Motor" })
    }

    @Test func aShortNameJoinsTheOneFullNameItStarts() {
        let found = resolvedActors(["Vandel Airlines said on Monday it would cut 300 jobs.",
                                 "Vandel said on Tuesday it would buy planes."])
        let airline = found.first { $0.name == "Vandel Airlines" }
        #expect(airline?.aliases.contains("Vandel") == true)
        #expect(found.filter { $0.name.hasPrefix("Vandel") }.count == 1)
        // A railroad is called by its name without "Railroad".
        let rail = resolvedActors(["Orsk Western Railroad said on Monday the line was closed.",
                                   "Orsk Western said on Tuesday it would pay."])
        #expect(rail.filter { $0.name.hasPrefix("Orsk Western") }.count == 1, "\(rail)")
        #expect(rail.first { $0.name.hasPrefix("Orsk Western") }?.kind == .organization, "\(rail)")
        // A food maker is called by its name without "Foods".
        let foods = resolvedActors(["Velk Foods said on Monday it would bid for Orvane.", "Velk said on Tuesday it would raise its bid."])
        #expect(foods.first { $0.name == "Velk Foods" }?.aliases.contains("Velk") == true, "\(foods)")
        let maker = resolvedActors(["Orvala Electronics said on Monday it would halt sales.", "Orvala said on Tuesday it would recall phones."])
        #expect(maker.first { $0.name == "Orvala Electronics" }?.aliases.contains("Orvala") == true, "\(maker)")
    }

    @Test func aNameEndingInWhatKindOfCompanyItIsIsACompanysAndJoinsItsFullName() {
        let found = resolvedActors(["Chijen Motor Company said on Monday it would cut 300 jobs.",
                                 "Chijen Motor named Ana Ruiz as its chief on Tuesday. Velka Holdings said so too."])
        let company = found.first { $0.name == "Chijen Motor Company" }
        #expect(company?.aliases.contains("Chijen Motor") == true)
        #expect(!found.contains { $0.name == "Chijen Motor" })
        #expect(found.first { $0.name == "Velka Holdings" }?.kind == .organization)
        #expect(found.first { $0.name == "Ana Ruiz" }?.kind == .person)
    }

    @Test func aShortNameStartingTwoFormsOfOneCompanysNameJoinsThem() {
        let found = resolvedActors(["Orvo Group Holding filed for a listing on Monday. Orvo Group said on Tuesday it would sell shares.",
                                    "Shares of Orvo rose on Friday."])
        #expect(found.count == 1, "\(found)")
        let aliases = found.first?.aliases ?? []
        #expect(aliases.contains("Orvo") && aliases.contains("Orvo Group"), "\(found)")
    }

    @Test func aShortNameThatOnlyItsShapeMadeAPersonJoinsTheCompany() {
        let found = resolvedActors(["Velmar Pipeline Company said on Friday it was attacked.",
                                    "Velmar Pipeline said on Monday it had paid."])
        #expect(found.map(\.name) == ["Velmar Pipeline Company"], "\(found)")
        #expect(found.first?.aliases.contains("Velmar Pipeline") == true, "\(found)")
        // A given name is a cue: the founder stays apart from the company named after him.
        let namesake = resolvedActors(["Dana Velcor Inc said on Friday it was attacked.",
                                       "Dana Velcor said on Monday he had paid."])
        #expect(namesake.contains { $0.kind == .person && $0.name.hasPrefix("Dana Velcor") }, "\(namesake)")
        #expect(namesake.contains { $0.kind == .organization && $0.name.hasPrefix("Dana Velcor") }, "\(namesake)")
    }

    @Test func aCompanysShortNameHoldingAnEverydayWordIsStillItsName() {
        // The text writes "pipeline" in lower case, which would make "Velmar Pipeline" no name.
        let found = resolvedActors(["The pipeline was shut. Velmar Pipeline Company said on Friday it was attacked. "
            + "The attack tied up Velmar Pipeline for days."])
        let company = found.first { $0.name == "Velmar Pipeline Company" }
        #expect(company?.mentions == 2, "\(found)")
        #expect(company?.aliases.contains("Velmar Pipeline") == true, "\(found)")
        // Without the company's full name, a run holding an everyday word is no name.
        #expect(resolvedActors(["The pipeline was shut. The attack tied up Velmar Pipeline for days."]).isEmpty)
    }

    @Test func aShortNameJoinsAFullNameEndingInAirLines() {
        let found = resolvedActors(["Vandel Air Lines said on Monday it would cut 300 jobs.",
                                 "Passengers said Vandel had kept them waiting for hours on Monday."])
        #expect(found.first { $0.name == "Vandel Air Lines" }?.aliases.contains("Vandel") == true)
        #expect(found.filter { $0.name.hasPrefix("Vandel") }.count == 1)
    }

    @Test func aShortNameTwoCompaniesShareJoinsNeither() {
        let found = resolvedActors(["Acme Motors and Acme Airlines said on Friday they would merge.",
                                 "Acme said on Monday the deal was done."])
        #expect(found.first { $0.name == "Acme Motors" }?.aliases.contains("Acme") == false)
        #expect(found.first { $0.name == "Acme Airlines" }?.aliases.contains("Acme") == false)
    }

    @Test func aPlaceOrPersonNamedLikeACompanyStaysApart() {
        let found = resolvedActors(["Tarsk Airlines said on Monday it would cut jobs.",
                                 "Fans gathered in Tarsk on Friday."])
        #expect(found.first { $0.name == "Tarsk Airlines" }?.aliases.contains("Tarsk") == false)
        #expect(found.first { $0.name == "Tarsk" }?.kind == .place)
    }

    @Test func aNameShapedLikeAVerbOpensASentenceWhenTheTextCapitalisesItInside() {
        let text = "Varling will begin production in 2031. Shares of Varling rose on Monday."
        let varling = resolvedActors([text]).first { $0.name == "Varling" }
        #expect(varling?.mentions == 2)
        // A sentence word of the same shape, never capitalised inside a sentence, is none.
        let prose = resolvedActors(["Following the talks, Ana Ruiz left Porto on Monday."])
        #expect(!prose.contains { $0.name.hasPrefix("Following") })
    }

    @Test func aLegalFormKeepsAVerbShapedNameOpeningASentence() {
        let found = resolvedActors(["Varling Co said on Monday it would build a jet."])
        #expect(found.first { $0.name == "Varling" }?.kind == .organization)
    }

    @Test func sharesOfANameOpeningASentenceMakeItACompany() {
        let found = resolvedActors(["Shares of Tarvane rose on Monday. Tarvane said on Tuesday it was happy."])
        #expect(found.first { $0.name == "Tarvane" }?.kind == .organization)
    }
}

extension ActorCompanyNameTests {
    @Test func aWordOfWhatACompanyMakesOrDoesEndsACompanyName() {
        let found = resolvedActors(["Shares of Tarvane Sciences rose on Monday. Dorval Aviation said it would hire.",
                                 "Tarvane said on Tuesday its sales rose."])
        #expect(found.first { $0.name == "Dorval Aviation" }?.kind == .organization)
        #expect(found.first { $0.name == "Tarvane Sciences" }?.aliases.contains("Tarvane") == true)
    }

    @Test func quartersAndFiscalYearsAreNoActors() {
        let found = resolvedActors(["Vandel Motors raised its FY15 sales forecast in Q2 and again in 3Q, Ana Ruiz said."])
        #expect(!found.contains { ["FY15", "Q2", "3Q"].contains($0.name) })
        #expect(found.contains { $0.name == "Vandel Motors" })
        // A model of letters and digits that names no period is still one ("Q7").
        #expect(resolvedActors(["Vandel Motors unveiled the Zeta Q7 on Monday."]).contains { $0.name.contains("Q7") })
    }
}

extension ActorCompanyNameTests {
    @Test func twoWaysOfWritingOneLegalFormAreOneCompany() {
        let found = resolvedActors(["Borel Corporation said on Monday it would hire 40 people.",
                                 "Borel Corp. shares rose on Tuesday."])
        #expect(found.filter { $0.name.hasPrefix("Borel") }.count == 1)
        // Another kind of company with the same first word stays apart.
        let two = resolvedActors(["Borel Corporation said on Monday it would hire 40 people.",
                               "Borel Airlines said on Tuesday it would buy planes."])
        #expect(two.filter { $0.name.hasPrefix("Borel") }.count == 2)
    }
}

extension ActorCompanyNameTests {
    @Test func aCompanysNameIsNoAliasOfAPersonWithThatSurname() {
        let found = resolvedActors(["Chairman Dana Velcor said on Tuesday sales rose. Shares of Velcor rose 2 percent.",
                                 "Velcor Motor Co said on Friday it would hire 300 people."])
        #expect(found.first { $0.name == "Dana Velcor" }?.aliases.contains("Velcor") == false)
        #expect(found.first { $0.aliases.contains("Velcor Motor") }?.aliases.contains("Velcor") == true)
        // Where nothing else is called so, the surname looks the person up.
        let alone = resolvedActors(["Chairman Dana Velcor said on Tuesday sales rose."])
        #expect(alone.first { $0.name == "Dana Velcor" }?.aliases.contains("Velcor") == true)
    }

    @Test func sharesOfANameOfTwoWordsMakeItACompany() {
        let found = foundKinds("""
            Shares of Dorvin Kessler fell 5 percent on Monday. Dorvin Kessler said it would cut jobs.
            Tamsin Varga shares rose after the report. Orlow Brothers filed for bankruptcy.
            """)
        #expect(found["Dorvin Kessler"] == .organization, "\(found)")
        #expect(found["Tamsin Varga"] == .organization, "\(found)")
        #expect(found["Orlow Brothers"] == .organization, "\(found)")
    }

    @Test func aPersonsSharesMakeNoCompanyOfTheirFullName() {
        let found = foundKinds("""
            Dana Hale's shares in Vandel rose on Monday. Dana Hale said she would sell them.
            """)
        #expect(found["Dana Hale"] == .person, "\(found)")
    }

    @Test func ofAndAPlaceAfterACompanysTradeSayWhereItIsFrom() {
        let gazetteer = Gazetteer(entries: [.init(name: "Kenya", kind: .place)])
        let found = resolvedActors(["Velk Foods of the US bid for Orvane on Monday, and Brisa Motors of Kenya did too. The Bank of Kenya met."],
                                   gazetteer: gazetteer)
        let names = found.map(\.name)
        #expect(names.contains("Velk Foods") && names.contains("Brisa Motors"), "\(names)")
        #expect(!names.contains { $0.contains(" of the US") || $0.contains("Motors of") }, "\(names)")
        // A head alone before "of" is the name's: "Bank of Kenya".
        #expect(names.contains("Bank of Kenya"), "\(names)")
    }
}
