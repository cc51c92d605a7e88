/// What is drawn over the main screen and takes the keys while open.
public enum Overlay: Sendable {
    case help(scroll: Int)
    /// Every load warning, as `chronicle docs` lists them.
    case warnings(scroll: Int)
    case picker(PickerState)
    case prompt(PromptState)
}
