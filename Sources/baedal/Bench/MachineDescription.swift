import Foundation

/// What the numbers were measured on. The load average matters on a shared machine: a
/// benchmark run beside other builds measures them too.
struct MachineDescription: Codable, Sendable {
    let processors: Int
    let cpuModel: String
    let memoryGiB: Double
    let loadAverageAtStart: String

    static func current() -> MachineDescription {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
        return MachineDescription(processors: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
                                  memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
                                  loadAverageAtStart: load)
    }
}
