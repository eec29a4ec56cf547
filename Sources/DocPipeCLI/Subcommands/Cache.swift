import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe cache`: the size of a stage cache, and pruning it.
    struct Cache: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or bound the size of a stage cache.",
            subcommands: [Size.self, Prune.self])

        /// The cache folder named by an output folder or `--cache`.
        struct Location: ParsableArguments {
            @Argument(help: "The run's output folder (its cache is OUTPUT/.docpipe/cache).")
            var output: String?

            @ArgumentParser.Option(help: "The cache folder itself, when the run used --cache DIR.")
            var cache: String?

            func validate() throws {
                guard (output == nil) != (cache == nil) else {
                    throw ValidationError("give either the output folder or --cache DIR")
                }
                try OutputArgument.check(output)
            }

            var stageCache: StageCache {
                if let cache { return StageCache(folder: URL(fileURLWithPath: cache).standardizedFileURL) }
                return StageCache(folder: StageCache.defaultFolder(in: URL(fileURLWithPath: output ?? ".").standardizedFileURL))
            }
        }

        /// `docpipe cache size`.
        struct Size: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print the number of entries and bytes of a stage cache.")

            @OptionGroup var location: Location

            func run() throws {
                let cache = location.stageCache
                let size = cache.count()
                print("\(cache.folder.path): \(size.entries) entries, \(ByteCount.format(size.bytes))")
            }
        }

        /// `docpipe cache prune`.
        struct Prune: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Remove the least recently used cache entries until the cache fits a size.",
                discussion: "Entries a run reads or writes count as used then; the next run recomputes what was removed.")

            @OptionGroup var location: Location

            @ArgumentParser.Option(help: "The size to keep, e.g. 500MB, 2GB or 0 (bytes without a unit).")
            var maxSize: String

            func validate() throws {
                guard ByteCount.parse(maxSize) != nil else {
                    throw ValidationError("--max-size must be a size such as 500MB, 2GB or 1048576; found '\(maxSize)'")
                }
            }

            func run() throws {
                let cache = location.stageCache
                let removed = cache.prune(keepingBytes: ByteCount.parse(maxSize) ?? 0)
                let left = cache.size()
                print("\(cache.folder.path): removed \(removed.entries) entries (\(ByteCount.format(removed.bytes))); \(left.entries) entries, \(ByteCount.format(left.bytes)) left")
            }
        }
    }
}
