/// What happens to a document that copies an earlier one.
enum DuplicateAction: String, Sendable {
    /// Keep it everywhere, marked with `duplicate_of`; corpus steps count its story once.
    case mark
    /// Leave it out of the later corpus steps and the exports; `run.json` lists it.
    case drop
}
