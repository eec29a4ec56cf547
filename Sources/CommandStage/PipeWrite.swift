import Foundation

/// What one write to a program's input did.
enum PipeWrite: Equatable {
    /// Some bytes went in.
    case wrote(Int)
    /// The pipe is full; try again when it is writable.
    case wouldBlock
    /// Nobody reads the pipe any more (`EPIPE`): the program closed its input or exited.
    case closed
    /// Another error, with its errno.
    case failed(Int32)

    /// Writes to a non-blocking pipe without letting a closed pipe raise SIGPIPE, whatever the
    /// process does with that signal: SIGPIPE is blocked on this thread for the write, and the
    /// one the write raised (if any) is taken back before the thread's mask is restored.
    static func attempt(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> PipeWrite {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var pending = sigset_t()
        sigpending(&pending)
        let alreadyPending = sigismember(&pending, SIGPIPE) == 1
        let count = write(descriptor, bytes.baseAddress, bytes.count)
        let error = errno
        if count >= 0 { return .wrote(count) }
        switch error {
        case EAGAIN, EINTR:
            return .wouldBlock
        case EPIPE:
            if !alreadyPending {
                var now = timespec(tv_sec: 0, tv_nsec: 0)
                while sigtimedwait(&pipeSignal, nil, &now) == -1, errno == EINTR {}
            }
            return .closed
        default:
            return .failed(error)
        }
    }
}
