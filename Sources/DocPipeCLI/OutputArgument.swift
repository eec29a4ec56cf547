import Foundation
import ArgumentParser

/// Checks of `--output` shared by the subcommands that take one.
enum OutputArgument {
    /// Refuses an empty `--output`, which would otherwise write into the current folder.
    static func check(_ output: String?) throws {
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--output must name a folder; an empty path would write into the current folder")
        }
    }
}
