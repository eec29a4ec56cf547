import DocPipe

/// Adds to each citation of the corpus results the documents that copy the cited one, so a
/// syndicated story counted once still cites every copy.
struct CopyCitations {
    let duplicates: DuplicateIndex

    /// The summary with the copies of its sentences and of the sources of its agreements and
    /// disagreements.
    func summary(_ summary: CorpusSummary) -> CorpusSummary {
        CorpusSummary(
            sentences: summary.sentences.map(cited),
            agreements: summary.agreements?.map { agreement in
                var agreement = agreement
                agreement.sources = agreement.sources.map(cited)
                return agreement
            },
            disagreements: summary.disagreements?.map { disagreement in
                var disagreement = disagreement
                disagreement.sources = disagreement.sources.map(cited)
                return disagreement
            })
    }

    /// The timeline with each entry's and each source's copies.
    func timeline(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        entries.map { entry in
            var entry = entry
            entry.copies = duplicates.copies(of: entry.doc)
            entry.sources = entry.sources?.map(cited)
            return entry
        }
    }

    /// The conflict groups with each figure's copies.
    func conflicts(_ groups: [ConflictGroup]) -> [ConflictGroup] {
        groups.map { group in
            var group = group
            group.figures = group.figures.map { figure in
                var figure = figure
                figure.copies = duplicates.copies(of: figure.doc)
                return figure
            }
            return group
        }
    }

    /// The date conflicts with each reported date's copies.
    func dateConflicts(_ conflicts: [DateConflict]) -> [DateConflict] {
        conflicts.map { conflict in
            var conflict = conflict
            conflict.dates = conflict.dates.map { reported in
                var reported = reported
                reported.copies = duplicates.copies(of: reported.doc)
                return reported
            }
            return conflict
        }
    }

    private func cited(_ sentence: CitedSentence) -> CitedSentence {
        var sentence = sentence
        sentence.copies = duplicates.copies(of: sentence.doc)
        return sentence
    }
}
