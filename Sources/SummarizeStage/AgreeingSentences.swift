/// For each corpus-summary candidate, the candidates of other documents it agrees with (its most
/// similar sentence in each, when similar enough): how many, and which.
///
/// Pairwise (up to `CorpusSummaryBuilder.pairwiseLimit` candidates) every list is kept. Within
/// k-means clusters only the counts are kept and a candidate's list is found again when asked
/// for — only the heads of the summary's few agreement groups are — so memory stays linear in the
/// candidates instead of growing with the square of the cluster sizes.
struct AgreeingSentences {
    /// How many candidates each candidate agrees with.
    let counts: [Int]
    private let lists: [[Int]]?
    private let find: ((Int) -> [Int])?

    /// Every candidate's list, each in ascending candidate order.
    init(lists: [[Int]]) {
        counts = lists.map(\.count)
        self.lists = lists
        find = nil
    }

    /// Counts only; `find` gives a candidate's list (ascending) when asked.
    init(counts: [Int], find: @escaping (Int) -> [Int]) {
        self.counts = counts
        lists = nil
        self.find = find
    }

    /// The candidates `candidate` agrees with, in ascending order.
    func members(of candidate: Int) -> [Int] {
        if let lists { return lists[candidate] }
        return find?(candidate) ?? []
    }
}
