import Testing
@testable import ChronicleCore

/// Cues that make a name a place: ", State" after it, an opening word ("San", "Fort",
/// "St."), and a shouted dateline that must not stick to the name before it.
@Suite struct ActorPlaceCueTests {
    static let gazetteer = Gazetteer(entries: [
        .init(name: "Texas", kind: .place),
        .init(name: "Kenya", kind: .place),
        .init(name: "Marcus Travis", kind: .person, aliases: ["Travis"]),
    ])

    static func kinds(_ text: String) -> [String: ActorKind?] {
        let bytes = Array(text.utf8)
        var out: [String: ActorKind?] = [:]
        for m in MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes)) {
            out[m.text] = m.kind
        }
        return out
    }

    @Test func aTerminalOrAPierEndsAPlacesName() {
        let found = foundKinds("The ship was moved to the Velgirt Marine Terminal Monday morning. Crowds met at Orsk Pier.\n")
        #expect(found["Velgirt Marine Terminal"] == .place, "\(found)")
        #expect(found["Marine Terminal"] == nil, "\(found)")
        #expect(found["Orsk Pier"] == .place, "\(found)")
    }

    @Test func aNameBeforeALowerCaseAirportIsTheAirport() {
        let found = foundKinds("About 100 demonstrators blocked a road at Dana Hale airport on Thursday.\n")
        #expect(found["Dana Hale airport"] == .place, "\(found)")
        #expect(found["Dana Hale"] == nil, "\(found)")
    }

    @Test func aNameAfterAPlacesPrepositionIsThePlaceNotTheSpeaker() {
        let found = foundKinds("An official at the embassy in Velmarsk said so on Monday. Rescuers in Orvask told reporters it was bad.\n")
        #expect(found["Velmarsk"] == .place, "\(found)")
        #expect(found["Orvask"] == .place, "\(found)")
    }

    @Test func aNameTakenToCourtIsAPartyNoPlace() {
        let found = foundKinds("The regulator took Orvane to court on Monday, and troops took Velmarsk on Friday.\n")
        #expect(found["Orvane"] != .place, "\(found)")
        #expect(found["Velmarsk"] == .place, "\(found)")
    }

    @Test func aPersonsSurnameAfterAPlaceVerbIsThePerson() {
        let found = Self.kinds("Dorian Lask Vance fled on foot. Police took Vance into custody. Troops took Orsk on Monday.")
        #expect(found["Vance"] == .person)
        #expect(found["Orsk"] == .place)
    }

    @Test func aRoleOrABodyOpeningASentenceIsNoName() {
        let found = Self.kinds("Officers say a guard called. Officials said the road was shut.")
        #expect(found["Officers"] == nil)
        #expect(found["Officials"] == nil)
    }

    @Test func groundsAndBuildingsArePlacesAndHospitalsOrganizations() {
        let found = Self.kinds("""
            Mourners gathered at Linwood Cemetery, near Harlow Forest and the Ostrander Building.
            Two were treated at Greaves Hospital on Sunday.
            """)
        #expect(found["Linwood Cemetery"] == .place)
        #expect(found["Harlow Forest"] == .place)
        #expect(found["Ostrander Building"] == .place)
        #expect(found["Greaves Hospital"] == .organization)
        let more = Self.kinds("The president met him at Orlen Castle, and storms closed Velm Beach and the Tarn Highway.\n")
        #expect(more["Orlen Castle"] == .place)
        #expect(more["Velm Beach"] == .place)
        #expect(more["Tarn Highway"] == .place)
        let roads = Self.kinds("The shelter opened at 1300 Orla Vale Parkway, off the Brenn Expressway.\n")
        #expect(roads["Orla Vale Parkway"] == .place)
        #expect(roads["Brenn Expressway"] == .place)
    }

    @Test func whereAnElectedPersonIsFromIsAPlace() {
        let found = Self.kinds("Dana Orsk, a former congresswoman from Velmarton, was sworn in. An analyst from Tarvex said so.")
        #expect(found["Velmarton"] == .place, "\(found)")
        #expect(found["Tarvex"] != .place, "\(found)")
    }

    @Test func aTownThenItsStateOrCountry() {
        let found = Self.kinds("""
            The firm moved from Travis, Texas, to Eldoret, Kenya, last year, the filing said.
            """)
        #expect(found["Travis"] == .place)
        #expect(found["Eldoret"] == .place)
    }

    @Test func aPersonThenAPossessiveIsNoTown() {
        let found = Self.kinds("Talks were led by Marcus Travis, Texas's top lawyer, on Monday.\n")
        #expect(found["Marcus Travis"] == .person)
    }

    @Test func placeOpenersMakeAPlace() {
        let found = Self.kinds("""
            Fires spread from Los Pinares to Fort Calloway, and the St. Benedict's crowd cheered.
            """)
        #expect(found["Los Pinares"] == .place)
        #expect(found["Fort Calloway"] == .place)
        #expect(found["St. Benedict"] == .place)
        #expect(found["Benedict"] == nil)
    }

    @Test func aShoutedDatelineIsNotPartOfTheName() {
        let found = Self.kinds("Photo: Olena Marchuk KHARKIV, Ukraine (Reuters) - Shelling hit the city on Monday.\n")
        #expect(found.keys.contains("Olena Marchuk"))
        #expect(!found.keys.contains { $0.contains("Marchuk KHARKIV") })
    }

    @Test func aKnownPlaceInCapitalsIsThatPlace() {
        let bytes = Array("KENYA, June 3 - Protesters marched in the capital on Monday.\n".utf8)
        let ms = MentionRecognizer(gazetteer: Self.gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        let kenya = ms.first { $0.text == "KENYA" }
        #expect(kenya?.kind == .place)
        #expect(kenya?.gazetteerEntry != nil)
    }

    @Test func aCountyOfficeNamesOnlyItsPlace() {
        let found = Self.kinds("The Texas County Coroner said on Monday that 12 people had died in the floods.\n")
        #expect(found["Texas"] == .place)
        #expect(!found.keys.contains { $0.hasPrefix("County") })
        #expect(!found.keys.contains { $0.contains("Coroner") })
    }

    @Test func aLabelOpeningTheSentenceIsNoTown() {
        let found = Self.kinds("A bomb went off on Monday. Location, Eldoret, Kenya, police said.\n")
        #expect(found["Location"].flatMap { $0 } != .place)
    }

    @Test func aLandformAfterOnOrAtIsAPlace() {
        let found = Self.kinds("""
            Yellen told lawmakers on Corran Hill on Friday, and troops dug in at Vasko Ridge.
            The deal was backed by Tom Hill. Reporters waited on Dana Hill, who came late.
            """)
        #expect(found["Corran Hill"] == .place)
        #expect(found["Vasko Ridge"] == .place)
        #expect(found["Tom Hill"] == .person)
        #expect(found["Dana Hill"] == .person)
    }

    @Test func inAfterAWordOfTrustOrStakeNamesNoPlace() {
        let found = Self.kinds("Restoring confidence in Orvala matters, and Velk took a stake in Brisa. Fans met in Lorca on Monday.\n")
        #expect(found["Orvala"] != .place && found["Brisa"] != .place, "\(found)")
        #expect(found["Lorca"] == .place, "\(found)")
    }

    @Test func aNameBeforeACountryIsABusinesssUnitThere() {
        let found = Self.kinds("Orvala USA recalled cars on Monday, and Velmar Kenya cut jobs. Michael Kenya spoke.\n")
        #expect(found["Orvala USA"] == .organization, "\(found)")
        #expect(found["Velmar Kenya"] == .organization, "\(found)")
        // A given name before the country's word makes a person's name.
        #expect(found["Michael Kenya"] != .organization, "\(found)")
        // Nor a particle, a numeral or a happening before it.
        let others = Self.kinds("Ana Ruiz flew to Lorca de Kenya on Monday. After World War II Kenya grew.\n")
        #expect(!others.values.contains(.organization), "\(others)")
    }
}
