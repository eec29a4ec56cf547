/// The resources one conversion's helper program may use before it is stopped.
public struct ConversionLimits: Sendable, Hashable {
    /// Wall-clock seconds before the program's process group is killed.
    public var seconds: Double
    /// CPU seconds (RLIMIT_CPU).
    public var cpuSeconds: Int
    /// Address space in bytes (RLIMIT_AS).
    public var memoryBytes: Int
    /// Bytes of output read before the program is stopped.
    public var outputBytes: Int

    /// Creates limits.
    public init(seconds: Double = 60, cpuSeconds: Int = 60, memoryBytes: Int = 1 << 30, outputBytes: Int = 256 << 20) {
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
    }
}
