import Testing
@testable import ChronicleCore

/// Cues that make a bare name an organization: a company officer's title after it, or a
/// common noun for an organization.
@Suite struct ActorOrganizationCueTests {
    @Test func namesJoinedByAnAmpersandAreOneCompany() {
        let found = foundKinds("Shares of Velmot & Harrow fell on Monday. The Standard & Poor's 500 index rose; Orsa & Kell said so.")
        #expect(found["Velmot & Harrow"] == .organization)
        #expect(found["Standard & Poor"] == .organization)
        #expect(found["Orsa & Kell"] == .organization)
        #expect(found["Poor"] == nil)
        #expect(found["Harrow"] == nil)
        // A common word after the ampersand is the name's last word.
        let common = foundKinds("Shares of Velmot Bath & Beyond fell on Monday, and Orsa & Above Inc said so.")
        #expect(common["Velmot Bath & Beyond"] == .organization)
        #expect(common["Orsa & Above"] == .organization)
    }

    @Test func aPowerCompanyNamedByElectricIsAnOrganization() {
        let found = resolvedActors(["Danish Electric said on Thursday that it had restored power. Velmar Electric agreed."])
        #expect(found.first { $0.name == "Danish Electric" }?.kind == .organization, "\(found)")
        #expect(found.first { $0.name == "Velmar Electric" }?.kind == .organization, "\(found)")
        #expect(!found.contains { $0.aliases.contains("Electric") }, "\(found)")
    }

    @Test func whatAMakerMakesIsAProductAndTheMakerACompany() {
        let found = foundKinds("""
            He co-founded Zentra maker Orvane on Monday. Brisa-maker Stellor said on Friday it had a deal.
            """)
        #expect(found["Zentra"] == .product, "\(found)")
        #expect(found["Orvane"] == .organization, "\(found)")
        #expect(found["Stellor"] == .organization, "\(found)")
        #expect(found["Brisa"] == nil && found["Brisa-maker Stellor"] == nil, "\(found)")
        // A possessive before "maker" names whom the maker works for.
        let owned = foundKinds("The union said Velcor's maker Ana Ruiz had left.\n")
        #expect(owned["Velcor"] != .product, "\(owned)")
    }

    @Test func aNewsOutletKeepsItsHead() {
        let found = foundKinds("Witnesses told Orvo News that the ship moved on Monday. Velmar News said so.\n")
        #expect(found["Orvo News"] == .organization && found["Velmar News"] == .organization, "\(found)")
        #expect(found["Orvo"] == nil, "\(found)")
        // A legal form is still no part of the name a company is called by.
        let legal = resolvedActors(["Orvane Inc said on Monday that sales rose. Orvane shares fell."])
        #expect(legal.map(\.name) == ["Orvane"], "\(legal)")
    }

    @Test func aMakerOfPolicyOrFilmsIsAPerson() {
        let found = foundKinds("""
            The policy maker Dana Kessler spoke on Monday. Film maker Orin Tal agreed.
            Decision-maker Lena Brask left on Friday.
            """)
        #expect(found["Dana Kessler"] == .person, "\(found)")
        #expect(found["Orin Tal"] == .person, "\(found)")
        #expect(found["Lena Brask"] == .person, "\(found)")
        #expect(found["Film"] != .product && found["Decision"] != .product, "\(found)")
        // A trade before "maker" still names a company.
        let trade = foundKinds("The drug maker Korvo won approval. Chip maker Ardent fell on Friday.\n")
        #expect(trade["Korvo"] == .organization && trade["Ardent"] == .organization, "\(trade)")
    }

    @Test func aSentencesFirstCommonWordBeforeMakerIsNoProduct() {
        let found = resolvedActors(["Toy maker Velcor recalled a doll on Monday. Toy makers rallied."])
        #expect(!found.contains { $0.name == "Toy" }, "\(found)")
        #expect(found.first { $0.name == "Velcor" }?.kind == .organization, "\(found)")
        // Capitalised inside a sentence too, it is the name of what is made.
        let named = resolvedActors(["Zentra maker Velcor said so. Buyers liked the Zentra."])
        #expect(named.first { $0.name == "Zentra" }?.kind == .product, "\(named)")
    }

    @Test func aBodyNamedAfterAPersonIsAnOrganization() {
        let found = foundKinds("""
            The Orsk administration said on Monday it would act. The Velmar family bought the club in 2005.
            Dan Orsk said Velmar's family was glad.
            """)
        #expect(found["Orsk administration"] == .organization, "\(found)")
        #expect(found["Velmar family"] == .organization, "\(found)")
        #expect(found["Velmar's family"] == nil, "\(found)")
    }

    @Test func aNameBeforeACompanyOfficerIsTheCompany() {
        let found = foundKinds("""
            Lumora CEO Dana Whitcombe unveiled the truck on Thursday.
            Lumora said it would build it in Ohio. Lumora announced a recall a week later.
            """)
        #expect(found["Dana Whitcombe"] == .person)
        #expect(found["Lumora"] == .organization)
    }

    @Test func aCompanysNameWithoutItsKindWordIsTheCompanyAlone() {
        let found = foundKinds("""
            Lumora Computer today launched a faster phone. Lumora has claimed that it doubles the speed.
            """)
        #expect(found["Lumora"] == .organization, "\(found)")
        // A person the text names in full keeps the surname.
        let person = foundKinds("""
            Dana Orsk founded Orsk Computer in 1998. Orsk said the firm would grow.
            """)
        #expect(person["Orsk"] == .person, "\(person)")
        let joined = resolvedActors(["Lumora Computer today launched a faster phone.", "Lumora said on Monday it would cut prices."])
        #expect(joined.first { $0.name == "Lumora" || $0.name == "Lumora Computer" }?.aliases.count == 2, "\(joined)")
    }

    @Test func aOneWordSpeakerInATextAboutACompanyIsTheCompany() {
        let found = foundKinds("""
            Lumora said on Monday the recall would cost about $2 million, and the company
            expects sales to recover by summer.
            """)
        #expect(found["Lumora"] == .organization)
    }

    @Test func sharesOrACorporateSuffixMakeASpeakerACompany() {
        let found = foundKinds("""
            Corvane said Tuesday that customers were angry. Corvane shares rose 2% by noon.
            Zentrix said the recall was overdue. Zentrix Inc. sells rival scooters.
            Halvard said demand was weak. Analysts cut their price targets for shares of Halvard.
            """)
        #expect(found["Corvane"] == .organization)
        #expect(found["Zentrix"] == .organization)
        #expect(found["Halvard"] == .organization)
    }

    @Test func aOneWordSpeakerWithATitleElsewhereStaysAPerson() {
        let found = foundKinds("""
            Mr. Okonkwo runs a bakery. Okonkwo said the company that supplies his flour
            raised prices. Marit Solberg shares his worry, and she said so on Monday.
            """)
        #expect(found["Okonkwo"] == .person)
        #expect(found["Marit Solberg"] == .person)
    }

    @Test func aClubWordEndingANameMakesAClub() {
        let found = foundKinds("""
            Tomas Hale scored twice as Harwick Rovers beat Dunmore Athletic.
            Eastfield United lost to Corran FC on Saturday.
            """)
        #expect(found["Harwick Rovers"] == .organization)
        #expect(found["Dunmore Athletic"] == .organization)
        #expect(found["Eastfield United"] == .organization)
        #expect(found["Corran FC"] == .organization)
        #expect(found["Tomas Hale"] == .person)
    }

    @Test func aClubsLettersOpeningANameMakeAClub() {
        let found = foundKinds("FC Dunmore beat Harwick on Saturday, and JR Vance scored twice.")
        #expect(found["FC Dunmore"] == .organization)
        #expect(found["JR Vance"] != .organization)
        // Before a known town, any club's letters.
        let towns = Gazetteer(entries: [Gazetteer.Entry(name: "Dunmore", kind: .place, aliases: [])])
        #expect(foundKinds("On Sunday SK Dunmore lost at home.", gazetteer: towns)["SK Dunmore"] == .organization)
    }

    @Test func aSurnameStaysAPersonDespiteACompanyOfTheSameName() {
        let found = foundKinds("""
            Varga spokeswoman Ilona Kis said the plant would close.
            Peter Varga, the founder, declined to comment. Varga said he was sad.
            """)
        #expect(found["Peter Varga"] == .person)
        #expect(found["Varga"] == .person)
    }

    @Test func aPartyMemberFromAPlaceDescribesAPersonNoOrganization() {
        let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Velmaria", kind: .place)])
        let found = foundKinds("""
            Senator Tom Velt, a Velmaria Republican, voted no. The Orsk Democrat abstained.
            The Republican Party and the Velmaria Democrats met on Monday.
            """, gazetteer: gazetteer)
        #expect(found["Velmaria Republican"] == nil && found["Orsk Democrat"] == nil)
        #expect(found["Velmaria"] == .place && found["Tom Velt"] == .person)
        // A party's own name and a plural of its members stay names.
        #expect(found["Republican Party"] == .organization)
        #expect(found["Velmaria Democrats"] != nil)
    }

    @Test func aPartyNamedByItsMembersIsAnOrganizationThoughItOpensWithAGivenName() {
        let found = foundKinds("The talks joined the opposition Christian Democrats and the Free Republicans on Monday.")
        #expect(found["Christian Democrats"] == .organization)
        #expect(found["Free Republicans"] == .organization)
        #expect(foundKinds("Orvex must bid by Friday, the City's Takeover Panel ruled on Monday.")["Takeover Panel"] == .organization)
        let carriers = foundKinds("VK Telecom and Brisa Analytics said on Monday that sales fell.")
        #expect(carriers["VK Telecom"] == .organization && carriers["Brisa Analytics"] == .organization, "\(carriers)")
    }

    @Test func aNameBeforeTheNounOfAMadeThingIsAModel() {
        let found = foundKinds("Jane Roe bought a Velo Tern sedan on Sunday. Tom Hale flew a Velo plane.\n")
        #expect(found["Velo Tern"] == .product)
        #expect(found["Jane Roe"] == .person)
        // One word there is the maker's, not a model's.
        #expect(found["Velo"] != .product)
    }

    @Test func aNameBeforeDevicesOrAPluralInCapitalsIsAModel() {
        let found = foundKinds("""
            A bug affected Velcor Tern PCs on Friday. Sensors on Orsa Lumen devices failed. \
            Dana Hale said the Orvane Bank computers worked, and Liberal MPs voted.
            """)
        #expect(found["Velcor Tern"] == .product, "\(found)")
        #expect(found["Velcor Tern PCs"] == nil, "\(found)")
        #expect(found["Orsa Lumen"] == .product, "\(found)")
        // A head word still names the body; a party's adjective still only describes.
        #expect(found["Orvane Bank"] == .organization, "\(found)")
        #expect(found["Liberal"] == nil && found["Liberal MPs"] == nil, "\(found)")
    }

    @Test func aNameAfterADeterminerAndABracketedPlaceIsAnOrganization() {
        let found = foundKinds("The (Velmar) Sentinel reported the verdict. The (New Lusk) Sentinel-Ledger said so.\n")
        #expect(found["Sentinel"] == .organization)
        #expect(found["Sentinel-Ledger"] == .organization)
        // Without the determiner the bracket says nothing of the name.
        #expect(foundKinds("Dana (Velmar) Sentinel said so.\n")["Sentinel"] != .organization)
    }

    @Test func aBusinessHeadEndingTwoNamesMakesAFirm() {
        let found = foundKinds("""
            The county hired Pruitt Engineers and Halloran Associates to review the levee.
            Marsh Energy and Okafor Labs bid as well, said Wendell Pruitt.
            Ostrava Asset Management and Restrictions Management declined to bid.
            """)
        #expect(found["Pruitt Engineers"] == .organization)
        #expect(found["Halloran Associates"] == .organization)
        #expect(found["Marsh Energy"] == .organization)
        #expect(found["Okafor Labs"] == .organization)
        #expect(found["Ostrava Asset Management"] == .organization)
        #expect(found["Restrictions Management"] == .organization)
        #expect(found["Wendell Pruitt"] == .person)
    }

    @Test func aCommonNounForAnOrganizationAfterTheName() {
        let found = foundKinds("""
            Officials from the Tamar security service and the Orlov group met in Vienna.
            """)
        #expect(found["Tamar"] == .organization)
        #expect(found["Orlov"] == .organization)
        // The noun after a possessive is what the name owns or leads.
        let owned = foundKinds("Ana Ruiz won on Monday. The motion against Ruiz’s party and Hale's firm failed.\n")
        #expect(owned["Ruiz"].flatMap { $0 } != .organization)
        #expect(owned["Hale"].flatMap { $0 } != .organization)
    }

    @Test func photoAgenciesAndNewspapersAreOrganizations() {
        let found = foundKinds("Photo by Anna Reyes/Getty Images. The Daily Enquirer said the deal was off.\n")
        #expect(found["Getty Images"] == .organization)
        #expect(found["Daily Enquirer"] == .organization)
    }

    @Test func aMakerBeforeAModelNumberIsACompany() {
        let found = foundKinds("""
            A Lion Air Boeing 737-800 crashed, and a Kestrel Airline Vantor 320 was grounded.
            Vantor said on Monday that it would help the investigation.
            """)
        #expect(found["Boeing"] == .organization)
        #expect(found["Vantor"] == .organization)
        #expect(found["Lion Air"] == .organization)
        #expect(!found.keys.contains { $0.contains("Air Boeing") || $0.contains("Airline Vantor") })
    }

    @Test func aLabelledNumberIsNoModel() {
        let found = foundKinds("He called for rewriting Section 373 of the bill and boarded Flight 302 on Monday.\n")
        #expect(found["Section"].flatMap { $0 } != .organization)
        #expect(found["Flight"].flatMap { $0 } != .organization)
    }

    @Test func theDecimalsOfAnAmountAreNoModelNumber() {
        let found = foundKinds("Corvane reported $0.24 EPS for the quarter and sold 3.5 GW of panels.\n")
        #expect(found["24 EPS"] == nil)
        #expect(found["5 GW"] == nil)
        // A model number of its own still makes a product.
        #expect(foundKinds("Corvane shipped the Orsa 24 EPS on Monday.\n")["Orsa 24 EPS"] == .product)
    }

    @Test func aNameThatMovesByAShareIsACompany() {
        let found = foundKinds("""
            Halvard fell 3.7% on Monday after a report on Halvard. Orsolan Foods rose 5.7 per cent,
            while Corvane was 3.3% lower and Velmot Harrow slipped by 2 percent.
            """)
        #expect(found["Halvard"] == .organization)
        #expect(found["Orsolan Foods"] == .organization)
        #expect(found["Corvane"] == .organization)
        #expect(found["Velmot Harrow"] == .organization)
    }

    @Test func aNameKnownAsAnotherIsTheSameActor() {
        let text = "He took a loan from student lender Vell Corp, known as Sallie Orven, on Monday. "
            + "The lender Orsa Ltd, also known as Dana Brisk, refused.\n"
        let found = foundKinds(text)
        #expect(found["Sallie Orven"] == .organization)
        #expect(found["Dana Brisk"] == .organization)
        let actors = ActorMergeTests.resolve([text])
        #expect(actors.contains { $0.aliases.contains("Vell Corp") && $0.aliases.contains("Sallie Orven") })
        // Without the comma and the cue, the names stay apart.
        let apart = foundKinds("Vell Corp hired Sallie Orven on Monday.\n")
        #expect(apart["Sallie Orven"] == .person)
    }

    @Test func namesListedBeforeAMoveAllMove() {
        let found = foundKinds("""
            The index was off 104 points, with Corvane, Orsa-Vell and Tarnik falling more than 1%.
            Velmot, Halden Brisk and Marlo Quist each added more than 1%. Orvin shares rose nearly 5%.
            """)
        for name in ["Corvane", "Orsa-Vell", "Tarnik", "Velmot", "Halden Brisk", "Marlo Quist", "Orvin"] {
            #expect(found[name] == .organization, "\(name)")
        }
        // A name before a comma only, or a person's title, is no item of the moving list.
        let apart = foundKinds("In Veloria, Tarnik fell 3%. Dana Hale and Corvane each rose 2%, Ms. Hale said.\n")
        #expect(apart["Veloria"].flatMap { $0 } != .organization)
    }

    @Test func aPersonWhoseWordsMoveIsNoCompany() {
        let found = foundKinds("""
            Dana Whitcombe fell 3 metres from a ladder. Marit Solberg said sales fell 3%.
            Mr. Okonkwo was 2% richer. Sales fell 2%. Revenue rose 3%.
            """)
        #expect(found["Dana Whitcombe"] == .person)
        #expect(found["Marit Solberg"] == .person)
        #expect(found["Okonkwo"] == .person)
        // A sentence's first word is capitalised whatever it is.
        #expect(found["Sales"].flatMap { $0 } != .organization)
        #expect(found["Revenue"].flatMap { $0 } != .organization)
    }

    @Test func aLoneNameOpeningASentenceThatMovesByAShareIsACompany() {
        let found = foundKinds("""
            Markets were mixed on Monday. Corvane fell 3.7%, and Orsolan Foods was 2% lower.
            Banks rose 2%. Oil fell 1.5%. Exports slipped 3 percent. Ketterby jumped 4 metres.
            """)
        #expect(found["Corvane"] == .organization)
        // Plurals and the quantities of a market move too; a name that moves by no share
        // says nothing of its kind.
        #expect(found["Banks"].flatMap { $0 } != .organization)
        #expect(found["Oil"].flatMap { $0 } != .organization)
        #expect(found["Exports"].flatMap { $0 } != .organization)
        #expect(found["Ketterby"].flatMap { $0 } != .organization)
    }

    @Test func aCodeOfANameThatMovesByAShareIsACompanyNoModel() {
        let found = foundKinds("Markets fell on Monday. Halvard rose 2%, and V4S was 3.3% lower. The Velo X200 sold well.\n")
        #expect(found["V4S"] == .organization)
        // A model's name of two words keeps its kind.
        #expect(found["Velo X200"] == .product)
    }

    @Test func aYearAfterANameIsNoModelNumber() {
        let found = foundKinds("Supporters of Dana Whitcombe 2028 rallied, said Marta Lind.\n")
        #expect(found["Whitcombe"] == nil)
    }

    @Test func aSpeakerThatIsItIsAnOrganization() {
        let found = foundKinds("""
            Our reporter met them on Monday. Lumora said it would cut 300 jobs, and Vexlar announced its results.
            Kestrix said in April it would appeal. Dana Hale said on Friday she would stay.
            Brightwell fell 4%. Dana Hale, who runs it, declined to comment.
            """)
        #expect(found["Lumora"] == .organization)
        #expect(found["Vexlar"] == .organization)
        #expect(found["Kestrix"] == .organization)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func anEmptyItSaysNothingAboutTheSpeaker() {
        let found = foundKinds("Our reporter met them on Monday. Ramos has said officially that it's okay to stay.\n")
        #expect(found["Ramos"] == .person)
    }

    @Test func aCompanySuffixStaysInTheName() {
        let found = foundKinds("Shares of Coates Brothers PLC rose 4% on Monday, the exchange said.\n")
        #expect(found.keys.contains { $0.hasPrefix("Coates Brothers") })
        #expect(found["PLC"] == nil)
    }

    @Test func aFaithAdjectiveIsNoOrganization() {
        let found = foundKinds("The region's biggest Protestant party and its Catholic group met in Belfast.\n")
        #expect(found["Protestant"] == nil)
        #expect(found["Catholic"] == nil)
    }

    @Test func anOrganizationNounBeforeTheNameMakesAnOrganization() {
        let found = foundKinds("""
            Sales at the electronics retailer Velmart Buy rose, and the chain Mark Blake cut prices.
            The carmaker's Dana Hale said so. The retailer hired Marta Lind on Monday.
            """)
        #expect(found["Velmart Buy"] == .organization)
        #expect(found["Mark Blake"] == .organization)
        #expect(found["Dana Hale"] == .person)
        #expect(found["Marta Lind"] == .person)
    }

    @Test func anAppositiveNamingAnOrganizationOutweighsThePlaceHead() {
        let found = foundKinds("""
            Our reporter met them. Velmar Valley, the nation's 16th largest bank, collapsed on Friday.
            Orsa Valley, the region where the bank had its offices, was quiet.
            Dana Hale, the bank's chief, resigned.
            """)
        #expect(found["Velmar Valley"] == .organization)
        #expect(found["Orsa Valley"] == .place)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func aClubWordOpeningANameOrAPluralAfterAPlacesHeadMakesATeam() {
        let found = foundKinds("""
            FC Vardo beat the Tarn Bay Pilots on Sunday. Envoys of the Gulf States met in Doha.
            Trains leave from Velm Station Express at noon.
            """)
        #expect(found["FC Vardo"] == .organization)
        #expect(found["Tarn Bay Pilots"] == .organization)
        #expect(found["Gulf States"] == .place)
        #expect(found["Velm Station Express"] == .place)
    }

    @Test func researchEndsAFirmsName() {
        let found = foundKinds("Analysts surveyed by Halvik Investment Research expected a loss.\n")
        #expect(found["Halvik Investment Research"] == .organization)
    }

    @Test func whatStandsBeforeAnInnerCompoundAdjectiveIsNoPartOfTheName() {
        let found = foundKinds("The venture is with New Lusk-based Orvo Retailing Limited, the filing said.\n")
        #expect(found["Orvo Retailing Limited"] == .organization)
        #expect(!found.keys.contains { $0.contains("based") })
    }

    @Test func aNameEndingInAKnownOrganizationIsAnOrganization() {
        let gazetteer = Gazetteer(entries: [.init(name: "Kestrel", kind: .organization), .init(name: "Zed", kind: .organization, aliases: ["Z"])])
        let found = foundKinds("""
            Our reporter met them. Analysts polled by Thomsen Kestrel expected a loss, and Mary Kestrel agreed.
            Buyers waited for the Velo Ultra Z on Monday.
            """, gazetteer: gazetteer)
        #expect(found["Thomsen Kestrel"] == .organization)
        #expect(found["Mary Kestrel"] == .person)
        #expect(found["Velo Ultra Z"].flatMap { $0 } != .organization)
    }

    @Test func anEverydayWordEndingANameMakesNoPerson() {
        let found = foundKinds("""
            Our reporter met them. Prices fell at Velo Buy on Monday. Orvo Save said sales rose.
            Tom Price said so too, and Lisel Cook agreed.
            """)
        #expect(found.keys.contains("Velo Buy"))
        #expect(found["Velo Buy"].flatMap { $0 } != .person)
        #expect(found["Orvo Save"] == .organization)
        #expect(found["Tom Price"] == .person)
        #expect(found["Lisel Cook"] == .person)
        let more = foundKinds("Shares rose after Orsan Future announced a deal. The index fell, Velmar Earnings reports.\n")
        #expect(more["Orsan Future"] == .organization)
        #expect(more["Velmar Earnings"] == .organization)
    }

    @Test func aCompanysPlaceInItsMarketBeforeANameMakesItACompany() {
        let found = foundKinds("Stores face online leader Velmart, phone giant Korvo and rival carrier Fenwick, "
                               + "and the Finnish phone maker Ardo said on Monday it would cut jobs.")
        #expect(found["Velmart"] == .organization)
        #expect(found["Korvo"] == .organization)
        #expect(found["Fenwick"] == .organization)
        #expect(found["Ardo"] == .organization)
        let listed = foundKinds("Stores face off-price rivals like Velmart and tech giants such as Korvo on Monday.")
        #expect(listed["Velmart"] == .organization)
        #expect(listed["Korvo"] == .organization)
        // The same nouns after words of no market are a person's titles.
        let people = foundKinds("On Monday opposition leader Ana Ruiz met his rival Tomas Berg and fans like Lisa Holm in Porto.")
        #expect(people["Ana Ruiz"] == .person)
        #expect(people["Tomas Berg"] == .person)
        #expect(people["Lisa Holm"] == .person)
    }

    @Test func anAdjectiveOfABodyOpensNoPersonsName() {
        let found = foundKinds("Voters backed National Velden candidates and met Federal Orvo officials on Sunday.")
        #expect(found["National Velden"] == .organization)
        #expect(found["Federal Orvo"] == .organization)
        // As a title's word before a person's name, it is stripped, and the person stays one.
        #expect(foundKinds("National Security Adviser Tom Berg said on Monday talks would go on.")["Tom Berg"] == .person)
    }

    @Test func anItAfterAndIsTheSubjectOfAnotherClause() {
        let found = foundKinds("The ferry held its course until noon, Orsavik said and then it turned.\n")
        #expect(found["Orsavik"] == .person)
        let company = foundKinds("The ferry held its course until noon, Orsavik said, adding it would sail.\n")
        #expect(company["Orsavik"] == .organization)
    }
}

