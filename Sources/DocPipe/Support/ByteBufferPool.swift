import Synchronization

/// Large byte buffers kept for reuse from one document to the next: a corpus step that makes
/// several buffers of 64 KiB or more per document (a spooled record, a template's line, a filled
/// line, packed rows) takes them here (``take(capacity:)``) and gives them back once written
/// (``give(_:)``), so their pages are touched once per pass instead of being mapped, zeroed by the
/// kernel and unmapped for every document (issue 17, thirteenth round).
///
/// Contract: ``take(capacity:)`` always returns an empty buffer with room for `capacity` bytes,
/// whether or not one was free; giving a buffer back is never required and never changes what
/// anyone else holds (a buffer still shared when taken again is copied on write, as any array).
/// The pool holds at most ``retainedLimit`` bytes of free buffers, none larger than
/// ``largestRetained``, and hands out a free buffer only to a request of at least half its
/// capacity, so a small record kept for long never pins a large block. ``drain()`` lets every
/// free buffer go and refuses buffers given back until the next ``take(capacity:)``, so a pass's
/// last buffers, given back by a thread that finishes later, are not kept after it.
public final class ByteBufferPool: Sendable {
    /// The pool of the process, drained by whoever ends a pass that used it.
    public static let shared = ByteBufferPool()

    /// The smallest capacity worth keeping: below it, malloc's own heaps serve the buffer.
    public static let smallest = 64 << 10

    /// The most bytes of free buffers held at once.
    public let retainedLimit: Int
    /// The largest buffer held when free; a larger one is let go when given back.
    public let largestRetained: Int

    private struct Free {
        var buffers: [[UInt8]] = []
        var bytes = 0
        var accepting = true
    }

    private let free = Mutex(Free())

    /// A pool holding at most `retainedLimit` bytes of free buffers of at most `largestRetained`
    /// bytes each.
    public init(retainedLimit: Int = 16 << 20, largestRetained: Int = 4 << 20) {
        self.retainedLimit = retainedLimit
        self.largestRetained = largestRetained
    }

    /// An empty buffer with room for at least `capacity` bytes: the smallest free buffer that has
    /// the room and at most twice that, else a new one.
    public func take(capacity: Int) -> [UInt8] {
        var buffer: [UInt8] = []
        if capacity >= Self.smallest {
            buffer = free.withLock { free in
                free.accepting = true
                guard let index = free.buffers.firstIndex(where: { $0.capacity >= capacity }),
                    free.buffers[index].capacity <= 2 * capacity
                else { return [] }
                free.bytes -= free.buffers[index].capacity
                return free.buffers.remove(at: index)
            }
            buffer.removeAll(keepingCapacity: true)
        }
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Keeps `buffer` for a later ``take(capacity:)`` when its capacity is between ``smallest``
    /// and ``largestRetained`` and ``retainedLimit`` allows; the smallest free buffers go first
    /// to make room.
    public func give(_ buffer: [UInt8]) {
        let capacity = buffer.capacity
        guard capacity >= Self.smallest, capacity <= largestRetained else { return }
        var dropped: [[UInt8]] = []
        free.withLock { free in
            guard free.accepting else { return }
            let index = free.buffers.firstIndex(where: { $0.capacity >= capacity }) ?? free.buffers.count
            free.buffers.insert(buffer, at: index)
            free.bytes += capacity
            while free.bytes > retainedLimit, !free.buffers.isEmpty {
                let smallest = free.buffers.removeFirst()
                free.bytes -= smallest.capacity
                dropped.append(smallest)
            }
        }
        dropped.removeAll()
    }

    /// The bytes of free buffers held.
    public var retainedBytes: Int {
        free.withLock { $0.bytes }
    }

    /// Lets every free buffer go, and refuses the buffers given back until the next
    /// ``take(capacity:)``.
    public func drain() {
        var buffers = free.withLock { free in
            defer { free = Free(accepting: false) }
            return free.buffers
        }
        buffers.removeAll()
    }
}
