import Foundation

/// NUL-terminated C string arrays (`argv`, `envp`) built from Swift strings for one call.
enum CStrings {
    /// Calls `body` with a NULL-terminated array of C copies of `strings`, freed afterwards.
    static func withArray<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
