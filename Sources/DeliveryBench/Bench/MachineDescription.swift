import Foundation

/// What the numbers were measured on, for the benchmark and the drills alike. The load average
/// matters on a shared machine: a run beside other builds measures them too; and a debug build
/// is several times slower than a release one.
struct MachineDescription: Codable, Sendable {
    let processors: Int
    let cpuModel: String
    let memoryGiB: Double
    let loadAverageAtStart: String
    /// "debug" or "release": how this executable was compiled.
    let build: String

    static func current() -> MachineDescription {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let load =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
        #if DEBUG
            let build = "debug"
        #else
            let build = "release"
        #endif
        return MachineDescription(
            processors: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
            memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
            loadAverageAtStart: load, build: build)
    }
}
