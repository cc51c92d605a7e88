import Testing
@testable import ChronicleTUI

@Suite struct ViewportTests {
    @Test func anOffsetIsClampedSoThePaneNeverShowsBlankSpaceBelowTheEnd() {
        #expect(Viewport(offset: 50, contentHeight: 30, viewHeight: 10).offset == 20)
        #expect(Viewport(offset: -3, contentHeight: 30, viewHeight: 10).offset == 0)
        // Content shorter than the pane stays at the top.
        #expect(Viewport(offset: 5, contentHeight: 4, viewHeight: 10).offset == 0)
        #expect(Viewport(offset: 0, contentHeight: 4, viewHeight: 10).visible == 0..<4)
    }

    @Test func scrollCommandsMoveByLinePageHalfAndToTheEnds() {
        let v = Viewport(offset: 10, contentHeight: 100, viewHeight: 21)
        #expect(v.scrolled(by: .down)?.offset == 11)
        #expect(v.scrolled(by: .up)?.offset == 9)
        // A page keeps one line of context.
        #expect(v.scrolled(by: .pageDown)?.offset == 30)
        #expect(v.scrolled(by: .pageUp)?.offset == 0)
        #expect(v.scrolled(by: .halfPageDown)?.offset == 20)
        #expect(v.scrolled(by: .bottom)?.offset == 79)
        #expect(v.scrolled(by: .top)?.offset == 0)
        #expect(v.scrolled(by: .open) == nil)
    }

    @Test func showingScrollsAsLittleAsPossible() {
        let v = Viewport(offset: 10, contentHeight: 100, viewHeight: 10)
        #expect(v.showing(15) == v)
        #expect(v.showing(25).offset == 16)
        #expect(v.showing(3).offset == 3)
    }

    @Test func centringPutsAnOffScreenLineAThirdDown() {
        let v = Viewport(offset: 0, contentHeight: 100, viewHeight: 9)
        #expect(v.centring(5) == v)
        #expect(v.centring(40).offset == 37)
        // Near the end it stops at the last page.
        #expect(v.centring(99).offset == 91)
    }
}
