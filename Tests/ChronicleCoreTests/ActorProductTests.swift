import Testing
@testable import ChronicleCore

/// Products, models, indices and currencies are actors of their own kind, apart from their
/// maker; numbered things and amounts are not products.
@Suite struct ActorProductTests {
    static func kinds(_ text: String) -> [String: ActorKind?] {
        foundKinds(text)
    }

    @Test func mixedCaseNamesWithTheirModelAreProducts() {
        let found = Self.kinds("Customers queued for the zPhone 3G on Friday, and the zTunes Store opened.")
        #expect(found["zPhone 3G"] == .product)
        #expect(found["zTunes Store"] == .product)
    }

    @Test func aModelNumberMakesAProductApartFromItsMaker() {
        let found = Self.kinds("Vandel delivered the first Vandel V450 to Orbis on Monday. The 737 MAX stayed grounded.")
        #expect(found["Vandel V450"] == .product)
        #expect(found["737 MAX"] == .product)
        let series = Self.kinds("The airline grounded its 737-9 Zenta jets on Monday after a 3-2 Velmar win in 2023-24 Orsk games.")
        #expect(series["737-9 Zenta"] == .product, "\(series)")
        let version = Self.kinds("The failure of a door plug on a nearly new 737 Zenta 9 grounded the fleet. Zenta said so.")
        #expect(version["737 Zenta 9"] == .product && version["Zenta 9"] == nil, "\(version)")
        #expect(!series.keys.contains { $0.hasPrefix("3-2") || $0.hasPrefix("2023") }, "\(series)")
        #expect(found["Vandel"] != .product)
        // One or two digits count what follows: no model.
        let counted = Self.kinds("The site is one of 38 VT and Orsa plants that the union added on Friday.")
        #expect(counted["38 VT"] == nil, "\(counted)")
        let local = Self.kinds("The union called out the Orsk plant (VAW Local 2250, Region 4) on Friday.")
        #expect(local["Local 2250"] == nil && local["VAW"] == .organization, "\(local)")
        let flight = Self.kinds("The blowout on Velair Airlines 1282 should never have happened.")
        #expect(flight["Velair Airlines"] == .organization && flight["Airlines 1282"] == nil, "\(flight)")
        let sizes = Self.kinds("The Orvo Zen comes in 16 GB and 32 GB models, and draws 5 MW at most.")
        #expect(sizes.keys.allSatisfy { !$0.hasSuffix("GB") && !$0.hasSuffix("MW") }, "\(sizes)")
    }

    @Test func aTitleBeforeANameEndsAModelsName() {
        let found = Self.kinds("The summit was led by ORV28 President Dana Hale on Monday. Orv28 President Dr Orin Tal spoke.")
        #expect(found["Dana Hale"] == .person && found["Orin Tal"] == .person, "\(found)")
        #expect(found["ORV28"] == .product && found["Orv28"] == .product, "\(found)")
        #expect(!found.keys.contains { $0.contains("President") }, "\(found)")
    }

    @Test func aMixedCaseNameJoinedToALowerCaseWordIsAnAdjective() {
        let found = Self.kinds("Orvo added zOS-style icons and other zOS-like features on Monday, and the zPhone-X shipped.")
        #expect(found["zOS-style"] == nil)
        #expect(found["zOS-like"] == nil)
        #expect(found["zPhone-X"] == .product)
    }

    @Test func aCountOfDaysOrPercentAfterANameIsNoModel() {
        let found = Self.kinds("On Monday the board gave Vandel 60 days to pay, and Orbis 30 percent of the shares.")
        #expect(found["Vandel 60"] == nil)
        #expect(found["Orbis 30"] == nil)
        #expect(found["Vandel"] != nil)
        // A model goes on before any other noun.
        #expect(Self.kinds("Vandel delivered 12 Vandel 450 jets to Orbis on Monday.")["Vandel 450"] == .product)
    }

    @Test func aModelWithItsVariantIsOneProduct() {
        let found = Self.kinds("A Vandel 717-400 crashed near Oslo, and the Vandel 747-300ER was grounded.")
        #expect(found["Vandel 717-400"] == .product)
        #expect(found["Vandel 747-300ER"] == .product)
        #expect(found["Vandel"] == .organization)
        // A span of years, a date or a score written with hyphens is no model.
        let spans = Self.kinds("Corvane Holdings grew in 2003-07 and Orbis Tern met on 12-05-2024. The NBL 127-123 final ended.")
        #expect(!spans.values.contains(.product))
    }

    @Test func aMakersNameBeforeAModelsNameIsAProduct() {
        let found = Self.kinds("""
            Dana Hale recalled two Toyota Verlans on Monday. Tom Reed flew a Cessna Tarnwing home.
            The twin-engine Beechcraft Orvik Air plane landed.
            """)
        #expect(found["Toyota Verlans"] == .product)
        #expect(found["Cessna Tarnwing"] == .product)
        #expect(found["Beechcraft Orvik Air"] == .product)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func aMakersCompanyOrUnitIsNoProduct() {
        let found = Self.kinds("""
            Toyota Motor said sales rose. The Ford Foundation gave a grant.
            Toyota Financial Services lent more. Beechcraft Orvik Air said it would hire.
            Harlan Ford said so.
            """)
        #expect(found["Toyota Motor"] == .organization)
        #expect(found["Ford Foundation"] == .organization)
        #expect(found["Toyota Financial Services"] == .organization)
        // A head after the model's first word makes a model only before a made thing's noun.
        #expect(found["Beechcraft Orvik Air"] == .organization)
        // The maker's word last is a surname.
        #expect(found["Harlan Ford"] == .person)
    }

    @Test func aPossessiveOrPluralModelIsTheModel() {
        let found = Self.kinds("Vandel showed the Corvo 7's camera. Buyers of older Corvo 5s were told of the zPhone 4's delay.")
        #expect(found["Corvo 7"] == .product)
        #expect(found["Corvo 5"] == .product)
        #expect(found["zPhone 4"] == .product)
        #expect(found["Corvo 5s"] == nil)
        #expect(found["zPhone"] == nil)
        // A decade written with a possessive is no model.
        #expect(!Self.kinds("Songs of the 70's filled the hall.").values.contains(.product))
        // Nor are the minutes of a clock time.
        #expect(!Self.kinds("Vandel kicked off at 12:15 PM and ended at 2:05 PM.").values.contains(.product))
    }

    @Test func aNumberedFlightNamesItsAirlineAndNoMore() {
        let found = Self.kinds("Velair Flight 212 landed in Oslo. Later Northwind Airways Flight 9 was diverted. Traffic on Oslo Route 4 stopped.")
        #expect(found["Velair"] == .organization)
        #expect(found["Northwind Airways"] == .organization)
        #expect(found["Northwind Airways Flight"] == nil)
        #expect(found["Oslo Route"] == nil)
    }

    @Test func listedModelYearsAndNamesListedAfterAProductAreProducts() {
        let found = Self.kinds("The recall covers the 2001-2004 Velo Tern and Orvik Mast; the 1998 and 1999 Velo Brisa.")
        #expect(found["Velo Tern"] == .product)
        #expect(found["Orvik Mast"] == .product)
        #expect(found["Velo Brisa"] == .product)
        // A given name keeps a listed name a person's, and a name listed after a person is no product.
        let people = Self.kinds("The award went to the 2004 Velo Tern and Anna Ruiz, and to Dana Hale and Omar Bisk.")
        #expect(people["Anna Ruiz"] == .person)
        #expect(people["Omar Bisk"] != .product)
    }

    @Test func yearsWrittenTogetherBeforeANameMakeAModelWithoutADeterminer() {
        let found = Self.kinds("Velka recalled 2003-07 Arno Terns, and dealers repaired 2011, 2012 Orvik Masts.")
        #expect(found["Arno Terns"] == .product)
        #expect(found["Orvik Masts"] == .product)
        // One year after a preposition dates what follows.
        let person = Self.kinds("In 2004 Dana Hale joined Velka.")
        #expect(person["Dana Hale"] == .person)
    }

    @Test func aNumberBeforeAPluralNameCountsModels() {
        let found = Self.kinds("Velka recalled 619,122 Arno Terns and Orvik Masts. Dealers fixed 40 Kessel Brisas on Monday.")
        #expect(found["Arno Terns"] == .product)
        #expect(found["Kessel Brisas"] == .product)
        // Before a noun of its own the name is that noun's; a year alone counts nothing.
        let others = Self.kinds("About 1,200 Orvik Masts bankers left. In 2011 Dana Hale joined Velka.")
        #expect(others["Orvik Masts"] != .product)
        #expect(others["Dana Hale"] == .person)
    }

    @Test func indicesAndCurrenciesAreProducts() {
        let found = Self.kinds("The S&P 500 rose while the FTSE 100 fell and the Nasdaq Composite held. The US dollar slipped.")
        #expect(found["S&P 500"] == .product)
        #expect(found["FTSE 100"] == .product)
        #expect(found["Nasdaq Composite"] == .product)
        #expect(found["US dollar"] == .product)
        // The currency's word capitalised, as some outlets write it.
        let capitalised = Self.kinds("The fund took 8 billion US Dollars and 2 billion Japanese Yen from clients on Monday.")
        #expect(capitalised["US Dollars"] == .product)
        #expect(capitalised["Japanese Yen"] == .product)
        #expect(capitalised["Dollars"] == nil && capitalised["Yen"] == nil)
    }

    @Test func numberedThingsYearsAndAmountsAreNotProducts() {
        let found = Self.kinds("""
            Vandel Flight 302 left Oslo in 2019. Orbis 2,000 jobs were cut. Under Article 5 nothing moved.
            Toyoko sold 646,000 cars and Vandel fell 5% to $150.
            """)
        #expect(!found.values.contains(.product))
        #expect(found["de-Nazification"] == nil)
    }

    @Test func anAcronymInsideANameMakesAThing() {
        let found = Self.kinds("Our reporter met them. Buyers waited for Velo OS X, and Henry VIII was read by Lisel Varga MP.")
        #expect(found["Velo OS X"] == .product)
        #expect(found["Henry VIII"].flatMap { $0 } != .product)
        #expect(found["Lisel Varga MP"].flatMap { $0 } != .product)
    }

    @Test func aMakerWrittenAloneBeforeItsLineIsTheMakerNotTheLine() {
        let found = Self.kinds("Korvo unveiled the Korvo Zenta 920 on Monday. The Zenta 920 has a big screen.")
        #expect(found["Korvo"] == .organization)
        #expect(found["Zenta 920"] == .product)
        #expect(found["Zenta"] == nil)
        // An operator before the maker: the maker is the word the text writes alone.
        let operated = Self.kinds("The Velair Tarsen 737 landed on Monday. Tarsen said it would help.")
        #expect(operated["Tarsen"] == .organization)
        #expect(operated["Tarsen 737"] == .product)
    }

    @Test func aModelAfterAnAdjectiveNamesNoMakerUnlessTheTextWritesItAlone() {
        #expect(Self.kinds("Buyers praised the new Zenta 950 on Monday.")["Zenta"] == nil)
        let maker = Self.kinds("Velair ordered the new Tarsen 787 on Monday. Tarsen said it was pleased.")
        #expect(maker["Tarsen"] == .organization)
    }

    @Test func aShortVersionFollowsALineNotAMaker() {
        let found = Self.kinds("Velo showed the Orbis 10 on Monday, and its Zenta 2 too. Vandel delivered a Vandel 737.")
        #expect(found["Orbis 10"] == .product)
        #expect(found["Zenta 2"] == .product)
        #expect(found["Orbis"] == nil)
        #expect(found["Zenta"] == nil)
        // A plural version too, and a maker's name of its own before the line is the maker.
        let plural = Self.kinds("Both crashes involved Velo Aviation Zenta 20s on Monday.")
        #expect(plural["Velo Aviation"] == .organization)
        #expect(plural["Zenta 20"] == .product)
        #expect(plural["Zenta"] == nil)
        // A model number of three digits or more follows its maker.
        #expect(found["Vandel"] == .organization)
        #expect(found["Vandel 737"] == .product)
    }

    @Test func aProductWordBeforeTheNumberKeepsTheWholeName() {
        let found = Self.kinds("Velo showed the Orbis Pro 4 and the Orbis Phone 8 on Monday.")
        #expect(found["Orbis Pro 4"] == .product)
        #expect(found["Orbis Phone 8"] == .product)
        #expect(found["Pro"] == nil)
        #expect(found["Phone"] == nil)
    }

    @Test func whatAVerbOfMakingNamesIsAProduct() {
        let found = Self.kinds("""
            The old firm Orvex makes Dairy Tern, the top bar, and also produces Brisk lozenges.
            Its plant produces Velka and Curly Mast chocolate bars.
            The vote made Dana Hale chair, and it made Orvex a leader.
            """)
        for name in ["Dairy Tern", "Brisk", "Velka", "Curly Mast"] {
            #expect(found[name] == .product, "\(name): \(found)")
        }
        // Made into something, not made: a person or a body.
        #expect(found["Dana Hale"] != .product, "\(found)")
    }

    @Test func wordsNeverWrittenAloneBeforeAVersionOpenTheLine() {
        let found = Self.kinds("Orvala unveiled the Tarvo Note 7 on Monday, and the Orvala Tarvo Note 7 sold well. Orvala said so.")
        #expect(found["Tarvo Note 7"] == .product, "\(found)")
        #expect(found["Tarvo"] == nil && found["Note 7"] == nil, "\(found)")
        // Without the line's first word, the model is the same product.
        let short = resolvedActors(["The Tarvo Note 7 sold well on Monday.", "Sales of the Note 7 stopped on Friday."])
        #expect(short.first { $0.name == "Tarvo Note 7" }?.aliases.contains("Note 7") == true, "\(short)")
        // Nor without two words: a maker's and a line's.
        let full = resolvedActors(["The Vandel 300 Zen 9 sold well on Monday.", "Sales of the Zen 9 stopped on Friday."])
        #expect(full.filter { $0.kind == .product }.count == 1, "\(full)")
        // Two lines ending so take neither.
        let two = resolvedActors(["The Vandel 300 Zen 9 sold well on Monday.", "The Orsk 20 Zen 9 sold too.",
                                  "Sales of the Zen 9 stopped on Friday."])
        #expect(two.first { $0.aliases.contains("Zen 9") }.map { $0.aliases.count == 1 } ?? true, "\(two)")
        // A maker the text writes alone stays a name of its own: "Lion Air Boeing 737".
        let maker = Self.kinds("Vandel said on Monday it would build more. The Vandel Zenta 20 flew.")
        #expect(maker["Zenta 20"] == .product || maker["Vandel Zenta 20"] == .product, "\(maker)")
    }

    @Test func aShipNamedByItsNounOrItsPrefixIsAVessel() {
        let found = Self.kinds("""
            The container ship Velora Star struck the bridge on Tuesday. The MV Tarn sailed on, \
            and crews moved the M/V Orsk today. The Orvane Crest container ship docked, and the \
            submersible Brisa dived.
            """)
        #expect(found["Velora Star"] == .product, "\(found)")
        #expect(found["Tarn"] == .product && found["MV Tarn"] == nil, "\(found)")
        #expect(found["Orsk"] == .product && found["V Orsk"] == nil, "\(found)")
        #expect(found["Orvane Crest"] == .product, "\(found)")
        #expect(found["Brisa"] == .product, "\(found)")
        // A ship's captain is no ship.
        let people = Self.kinds("The ship's captain Dana Hale spoke on Monday.\n")
        #expect(people["Dana Hale"] == .person, "\(people)")
    }

    @Test func aMedicineNamedByItsNounIsAMadeThing() {
        let found = resolvedActors(["""
            Regulators endorsed the IV drug, Velzumab, for patients on Friday. Doctors said \
            drugs like Orvatin could help. The drug Brisalex was approved on Monday. Velcor \
            makes Velzumab, and treatments including Tarvex failed.
            """])
        for name in ["Velzumab", "Orvatin", "Brisalex", "Tarvex"] {
            #expect(found.first { $0.name == name }?.kind == .product, "\(name): \(found)")
        }
        // A company after the drug's maker is still a company.
        let maker = foundKinds("The drug maker Korvo won approval on Monday.\n")
        #expect(maker["Korvo"] == .organization, "\(maker)")
    }

    @Test func anIllnessNamedAfterAPersonIsNoActor() {
        let found = resolvedActors(["""
            Millions have Velden's disease, which attacks memory. The drug slows Velden's, \
            doctors said on Monday. Dana Velden's family said so.
            """])
        #expect(!found.contains { $0.name.hasPrefix("Velden") }, "\(found)")
        // Without the illness's noun the possessive is a name's.
        let owner = resolvedActors(["Velcor's board approved the plan on Monday."])
        #expect(owner.contains { $0.name == "Velcor" }, "\(owner)")
    }
}
