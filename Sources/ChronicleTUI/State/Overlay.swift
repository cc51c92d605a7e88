/// What is drawn over the main screen and takes the keys while open.
public enum Overlay: Sendable {
    case help(scroll: Int)
    case picker(PickerState)
    case prompt(PromptState)
}
