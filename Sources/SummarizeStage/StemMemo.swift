import Foundation

/// Porter stems of lower-cased words, remembered for the whole process: the words near reported
/// figures repeat across a corpus, and stemming each again cost more than finding it. It keeps at
/// most ``capacity`` words (then stems without remembering), so memory stays bounded.
final class StemMemo: @unchecked Sendable {
    /// The most words remembered.
    static let capacity = 50_000

    private let lock = NSLock()
    private var stems: [[UInt8]: String] = [:]

    /// The stem of a lower-cased word's UTF-8, as ``PorterStemmer/stem(_:)`` gives it.
    func stem(_ word: [UInt8]) -> String {
        lock.lock()
        let known = stems[word]
        lock.unlock()
        if let known { return known }
        let stem = String(decoding: PorterStemmer.stem(word), as: UTF8.self)
        lock.lock()
        if stems.count < Self.capacity { stems[word] = stem }
        lock.unlock()
        return stem
    }
}
