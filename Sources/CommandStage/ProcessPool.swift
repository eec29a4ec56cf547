import DocPipe
import Foundation
import Synchronization

/// Up to `copies` running programs, each used by one document at a time.
final class ProcessPool: Sendable {
    let launch: ProgramLaunch
    private let timeout: Double
    private let idle: Mutex<[Int]>
    private let slots: DispatchSemaphore
    private let workers: [WorkerSlot]

    init(launch: ProgramLaunch, copies: Int, timeout: Double) {
        self.launch = launch
        self.timeout = timeout
        idle = Mutex(Array(0..<copies))
        slots = DispatchSemaphore(value: copies)
        workers = (0..<copies).map { _ in WorkerSlot() }
    }

    /// Sends one request to a free copy, starting or restarting it when needed.
    func exchange(_ request: Data) throws -> [UInt8] {
        slots.wait()
        let slot = idle.withLock { $0.removeLast() }
        defer {
            idle.withLock { $0.append(slot) }
            slots.signal()
        }
        return try workers[slot].withLock { worker in
            if worker == nil || worker?.isAlive == false {
                worker = try ProgramWorker(launch)
            }
            return try worker!.exchange(request, timeout: timeout)
        }
    }

    /// Closes every program's input, waits a few seconds for it to exit, then ends its process group.
    func shutdown() {
        for worker in workers {
            worker.withLock { worker in
                worker?.shutdown()
                worker = nil
            }
        }
    }
}

/// A slot holding one worker; the pool hands each slot to one caller at a time, and the lock
/// makes that explicit.
final class WorkerSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var worker: ProgramWorker?

    func withLock<T>(_ body: (inout ProgramWorker?) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&worker)
    }
}
