import Testing
@testable import ChronicleCore

/// The names of institutions as news writes them: a title word may be a body's field
/// ("Department of Justice"), and what follows a body's "of" is no name of its own.
@Suite struct ActorInstitutionNameTests {
    @Test func aTitleAfterABodysOfIsItsField() {
        let found = foundKinds("""
            Our reporter met them. The Velmar Department of Justice said so on Monday.
            The European Court of Justice ruled on Tuesday.
            The Office of the Comptroller of the Currency fined the bank.
            """)
        #expect(found["Velmar Department of Justice"] == .organization)
        #expect(found["European Court of Justice"] == .organization)
        #expect(found["Office of the Comptroller of the Currency"] == .organization)
    }

    @Test func aTitleOpeningANameIsStillATitle() {
        let found = foundKinds("""
            Our reporter met them. Justice Dana Whitcombe of the Velmar Court ruled on Tuesday.
            The Secretary of State said so. Minister of Justice Ana Ruiz resigned.
            """)
        #expect(found["Dana Whitcombe"] == .person)
        #expect(found["Velmar Court"] == .organization)
        #expect(found["Ana Ruiz"] == .person)
        #expect(found["Secretary of State"] == nil)
        #expect(!found.keys.contains { $0.hasPrefix("Justice") || $0.hasSuffix("Justice") })
    }

    @Test func wordsAfterABodysOfAreNoNameOfTheirOwn() {
        let found = foundKinds("""
            Our reporter met them. The Organization of the Software Exporting Countries met on Monday.
            The Association of Automotive Parts Makers said so.
            """)
        #expect(found["Organization of the Software Exporting Countries"] == .organization)
        #expect(found["Software Exporting Countries"] == nil)
        #expect(found["Association of Automotive Parts Makers"] == .organization)
        #expect(found["Automotive Parts Makers"] == nil)
    }

    @Test func aNameWithAHeadOfItsOwnAfterABodysOfIsStillFound() {
        let found = foundKinds("Our reporter met them. The 12th Brigade of the Velmar Armed Forces moved on Monday.\n")
        #expect(found["Velmar Armed Forces"] == .organization)
    }

    @Test func aSocietyIsAnOrganization() {
        let found = foundKinds("""
            Our reporter met them. The Royal Society of Orchids said so.
            The Society of Velmar Engineers met on Monday.
            """)
        #expect(found["Royal Society of Orchids"] == .organization)
        #expect(found["Society of Velmar Engineers"] == .organization)
        #expect(found["Orchids"] == nil)
    }

    @Test func aVerbShapedWordOpeningASentenceStaysBeforeAnOrganizationsHead() {
        let found = foundKinds("""
            Consolidated Auto Workers has expanded its strikes. Allied Marovian Forces moved on Monday.
            Frustrated Orvane Tarsk left the room.
            """)
        #expect(found["Consolidated Auto Workers"] == .organization, "\(found)")
        #expect(found["Allied Marovian Forces"] == .organization, "\(found)")
        #expect(found["Orvane Tarsk"] != nil && found["Frustrated Orvane Tarsk"] == nil, "\(found)")
    }

    @Test func aTradesMembersAfterANameAreTheirUnion() {
        let found = foundKinds("""
            Our reporter met them. The Velmar Auto Workers said so on Monday.
            Talks with the Coastal Nurses of Marovia failed. The Screen Painters Guild met.
            The Cable Workers of Marovia said so on Friday.
            """, gazetteer: ActorBodyFieldTests.gazetteer)
        #expect(found["Velmar Auto Workers"] == .organization)
        #expect(found["Coastal Nurses of Marovia"] == .organization, "\(found)")
        #expect(found["Screen Painters Guild"] == .organization)
        #expect(found["Cable Workers of Marovia"] == .organization, "\(found)")
    }

    @Test func aTradesMembersAloneOrAfterAPeoplesWordAreNoName() {
        let found = foundKinds("""
            Our reporter met them. Workers said so on Monday. Factory Workers walked out.
            The talks with Ukrainian Workers failed.
            """)
        #expect(found.values.allSatisfy { $0 != .organization }, "\(found)")
    }

    @Test func twoFieldsSharingAHeadAreOneBody() {
        let found = foundKinds("""
            Our reporter met them. The Orchard and Vineyard Commission said so on Monday.
            A fine came from the Salt and Pepper Regulatory Authority on Tuesday.
            """)
        #expect(found["Orchard and Vineyard Commission"] == .organization, "\(found)")
        #expect(found["Salt and Pepper Regulatory Authority"] == .organization, "\(found)")
        // A word that also labels a page's section may name a field there.
        let bureau = foundKinds("Dana Roe, who heads a probe by the Velmar Investigation and Analysis Bureau, spoke on Monday.")
        #expect(bureau["Velmar Investigation and Analysis Bureau"] == .organization, "\(bureau)")
        // A country's acronym may open the name.
        let country = foundKinds("The deal needs the approval of the US Orchard and Vineyard Commission, the firm said.")
        #expect(country["US Orchard and Vineyard Commission"] == .organization, "\(country)")
        #expect(country["Vineyard Commission"] == nil, "\(country)")
        // A legislature's chamber may open a committee's name, after the country's acronym too.
        let committee = foundKinds("Dana Hale testified before the US House Orchard and Vineyard Committee on Monday.")
        #expect(committee["US House Orchard and Vineyard Committee"] == .organization, "\(committee)")
        #expect(committee["Vineyard Committee"] == nil, "\(committee)")
        // A day or a month right after the head is no part of the name.
        let dated = foundKinds("The filing went to the Orchard and Vineyard Commission Monday and to the Salt and Pepper Authority in March.")
        #expect(dated["Orchard and Vineyard Commission"] == .organization, "\(dated)")
        #expect(dated["Vineyard Commission"] == nil, "\(dated)")
    }

    @Test func forGoesOnABodysNameAfterItsHeadAndOf() {
        let found = foundKinds("Our reporter met them. The Court of Appeal for Velmar Sport ruled on Monday. "
            + "The Board of Inquiry for the Orvane Coast Guard met on Friday.")
        #expect(found["Court of Appeal for Velmar Sport"] == .organization, "\(found)")
        #expect(found["Board of Inquiry"] == .organization, "\(found)")
        #expect(found["Orvane Coast Guard"] == .organization, "\(found)")
    }

    @Test func anAndBetweenTwoNamesStillSplitsThem() {
        let found = foundKinds("""
            Our reporter met them. Vandel said on Monday that the Vandel and Orsa Motors plants would close.
            Dana Whitcombe and Orsa Motors signed. The Treasury and Central Reserve Bank met on Friday.
            """, gazetteer: Gazetteer(entries: [Gazetteer.Entry(name: "Central Reserve Bank", kind: .organization, aliases: [])]))
        #expect(found["Orsa Motors"] == .organization, "\(found)")
        #expect(found["Central Reserve Bank"] == .organization, "\(found)")
        #expect(!found.keys.contains { $0.contains(" and ") }, "\(found)")
    }

    @Test func whoBelongsToABodyOfMembersMayBeTwoKinds() {
        let found = foundKinds("""
            Our reporter met them. The Society of Kite Makers and Traders said so on Monday.
            The International Association of Glaziers and Aerospace Workers struck on Tuesday.
            The Organisation for Economic Renewal and Development met on Friday.
            """)
        #expect(found["Society of Kite Makers and Traders"] == .organization, "\(found)")
        #expect(found["International Association of Glaziers and Aerospace Workers"] == .organization, "\(found)")
        #expect(found["Organisation for Economic Renewal and Development"] == .organization, "\(found)")
        #expect(found.count == 3, "\(found)")
    }

    @Test func anAndAfterABodyOfMembersStillSplitsTwoNames() {
        let found = foundKinds("""
            Our reporter met them. The Union of Marovia and Dana Whitcombe signed on Monday.
            The Council of Kite Makers and Orsa Agency met on Tuesday.
            """, gazetteer: ActorBodyFieldTests.gazetteer)
        #expect(found["Union of Marovia"] == .organization, "\(found)")
        #expect(found["Dana Whitcombe"] == .person, "\(found)")
        #expect(found["Orsa Agency"] == .organization, "\(found)")
        #expect(!found.keys.contains { $0.contains(" and ") }, "\(found)")
    }

    @Test func aFieldMayEndInAHeadThatNamesAField() {
        let found = foundKinds("""
            Our reporter met them. The Department of Health and Human Services said so on Monday.
            The Institute of Optical and Electronics Engineers met on Tuesday.
            The Velmar Academy of Arts and Sciences met on Friday.
            """)
        #expect(found["Department of Health and Human Services"] == .organization, "\(found)")
        #expect(found["Institute of Optical and Electronics Engineers"] == .organization, "\(found)")
        #expect(found["Velmar Academy of Arts and Sciences"] == .organization, "\(found)")
        #expect(found.count == 3, "\(found)")
        // A body's own head after the "and" still starts another body.
        let two = foundKinds("Our reporter met them. The Department of Defense and State Department met on Monday.")
        #expect(two["Department of Defense"] == .organization && two["State Department"] == .organization, "\(two)")
    }

    @Test func aPrefixedWordMayStandInsideAName() {
        let found = foundKinds("""
            Our reporter met them. The Organisation for Economic Co-operation and Development cut its forecast.
            The Kyiv-backed Velmor Council met on Monday.
            """)
        #expect(found["Organisation for Economic Co-operation and Development"] == .organization, "\(found)")
        #expect(found["Velmor Council"] == .organization, "\(found)")
    }
}
