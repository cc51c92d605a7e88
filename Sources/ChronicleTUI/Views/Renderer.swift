/// `render(state) -> Screen`: draws the whole screen from the state alone.
public enum Renderer {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.size.cols, height: state.size.rows)
        if state.size.isTooSmall {
            TooSmallView.draw(size: state.size, into: &screen)
            return screen
        }
        if state.reader != nil {
            ReaderView.draw(state, into: &screen)
        } else {
            let layout = state.layout
            HeaderView.draw(state, row: layout.header, into: &screen)
            RulerView.draw(state, row: layout.ruler, into: &screen)
            TimelineView.draw(state, rows: layout.list, into: &screen)
            DetailView.draw(state, layout: layout, into: &screen)
        }
        switch state.overlay {
        case .help(let scroll): HelpView.draw(scroll: scroll, into: &screen)
        case .warnings(let scroll): WarningsView.draw(state.chronology.warnings, scroll: scroll, into: &screen)
        case .picker(let p): PickerView.draw(p, size: state.size, into: &screen)
        case .prompt, nil: break
        }
        if case .prompt(let p) = state.overlay {
            PromptView.draw(p, row: state.size.rows - 1, into: &screen)
        } else {
            FooterView.draw(state, row: state.size.rows - 1, into: &screen)
        }
        return screen
    }
}
