#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads exactly `count` bytes at `offset` of an open file into `destination` with `pread`,
/// retrying on `EINTR` and on short reads (no destination is needed for zero bytes).
/// - Returns: `false` when the file ends before `count` bytes or a read fails.
func readFully(_ file: Int32, into destination: UnsafeMutableRawPointer?, count: Int, at offset: Int) -> Bool {
    guard let destination else { return count == 0 }
    var done = 0
    while done < count {
        let read = pread(file, destination + done, count - done, off_t(offset + done))
        if read < 0, errno == EINTR { continue }
        guard read > 0 else { return false }
        done += read
    }
    return true
}
