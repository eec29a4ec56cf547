import Foundation

/// The input files large enough to start ahead of their turn, so that a long document found
/// late in the input does not leave the run's other threads idle at the end of the documents
/// phase (longest jobs first, for the few that would otherwise end last).
///
/// A file is large when it holds at least ``share`` of the run's input bytes. The choice
/// depends only on the files' sizes, and only changes the order documents are processed in:
/// the runner still writes them in input order (``Spool``, merged by sequence), so outputs are
/// the same.
enum LargeInputs {
    /// The least share of the run's input bytes that makes a file large.
    static let share = 0.01

    /// The positions (in `files`) of the large files, ascending; empty with one job or one file.
    static func positions(of files: [(url: URL, id: String)], jobs: Int) -> [Int] {
        guard jobs > 1, files.count > 1 else { return [] }
        let sizes = files.map { file -> Int in
            var status = stat()
            return stat(file.url.path, &status) == 0 ? Int(status.st_size) : 0
        }
        return positions(sizes: sizes)
    }

    /// The positions of the sizes at or above ``share`` of their sum, ascending.
    static func positions(sizes: [Int]) -> [Int] {
        let total = sizes.reduce(0, +)
        guard total > 0 else { return [] }
        let least = Double(total) * share
        return sizes.indices.filter { sizes[$0] > 0 && Double(sizes[$0]) >= least && sizes[$0] < total }
    }
}
