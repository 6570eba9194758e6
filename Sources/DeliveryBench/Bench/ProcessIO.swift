import Foundation

/// This process's read system calls and bytes so far (Linux /proc/self/io). SQLite fetches
/// each page its cache lacks with one pread, so reads per command, compared between log
/// sizes, show whether a longer log makes a command leave the page cache more often.
struct ProcessIO {
    let readCalls: Int
    let readBytes: Int

    static func now() -> ProcessIO {
        let text = (try? String(contentsOfFile: "/proc/self/io", encoding: .utf8)) ?? ""
        var fields: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                fields[String(parts[0])] = value
            }
        }
        return ProcessIO(readCalls: fields["syscr"] ?? 0, readBytes: fields["rchar"] ?? 0)
    }
}
