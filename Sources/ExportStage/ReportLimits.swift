/// How much of each list the main report shows, so that it stays a readable overview of bounded
/// size at any corpus size; each capped list says how many more there are and where they are.
enum ReportLimits {
    /// Rows of the entity table.
    static let entities = 50
    /// Documents listed per entity in the entity table.
    static let documentsPerEntity = 6
    /// Rows of the timeline table.
    static let timeline = 150
    /// Conflicting-figure groups.
    static let conflicts = 30
    /// Figures shown (chart and cards) per conflicting-figure group.
    static let figuresPerConflict = 12
    /// Conflicting-date groups.
    static let dateConflicts = 30
    /// Dates shown per conflicting-date group.
    static let datesPerConflict = 12
    /// Sentences of the corpus summary.
    static let summary = 40
}
