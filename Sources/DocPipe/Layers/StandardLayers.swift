/// The layers the built-in stages write. Their JSON names and fields are a contract
/// (see `docs/output-format.md`): later versions add fields, never rename them.
public enum StandardLayers {
    /// `paragraphs`: paragraph spans in the cleaned text, in order.
    public enum Paragraphs: LayerKey {
        public typealias Value = [Span]
        public static let name = "paragraphs"
    }

    /// `sentences`: sentence spans in the cleaned text, in order, never overlapping.
    public enum Sentences: LayerKey {
        public typealias Value = [Span]
        public static let name = "sentences"
    }

    /// `tokens`: word and punctuation spans in the cleaned text, in order.
    public enum Tokens: LayerKey {
        public typealias Value = [Span]
        public static let name = "tokens"
    }

    /// `removed`: what `clean` took out, with offsets into the original input.
    public enum Removed: LayerKey {
        public typealias Value = [Removal]
        public static let name = "removed"
    }

    /// `entities`: named-entity mentions.
    public enum Entities: LayerKey {
        public typealias Value = [EntityMention]
        public static let name = "entities"
    }

    /// `dates`: date expressions with ISO 8601 values where they resolve.
    public enum Dates: LayerKey {
        public typealias Value = [DateMention]
        public static let name = "dates"
    }

    /// `quantities`: numbers with their units.
    public enum Quantities: LayerKey {
        public typealias Value = [Quantity]
        public static let name = "quantities"
    }

    /// `quotes`: direct quotations with their speakers.
    public enum Quotes: LayerKey {
        public typealias Value = [Quote]
        public static let name = "quotes"
    }

    /// `keyphrases`: the noun phrases that characterise the document.
    public enum Keyphrases: LayerKey {
        public typealias Value = [Keyphrase]
        public static let name = "keyphrases"
    }

    /// `summary`: the extractive summary.
    public enum SummaryLayer: LayerKey {
        public typealias Value = Summary
        public static let name = "summary"
    }

    /// `duplicate`: the earlier document this one copies; set by the export from the `duplicates`
    /// corpus result (only in exported documents, never in the cache).
    public enum Duplicate: LayerKey {
        public typealias Value = DuplicateRecord
        public static let name = "duplicate"
    }

    /// `story`: the id of the story the document belongs to; set by the export from the
    /// `stories` corpus result.
    public enum StoryID: LayerKey {
        public typealias Value = String
        public static let name = "story"
    }
}
