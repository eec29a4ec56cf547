import CFuzzDriver
import DocPipe
import DocPipeFuzzChecks

/// The executable's entry point (SwiftPM names it `<module>_main`): hands control to libFuzzer.
/// The target is chosen with the `FUZZ_TARGET` environment variable (see ``FuzzTargets``).
@_cdecl("DocPipeFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        do {
            try FuzzTargets.run(FuzzTargets.selected, bytes)
        } catch {
            fatalError("property violated: \(error)")
        }
        return 0
    }
}
