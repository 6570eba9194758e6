import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A client socket to the gateway that does exactly what a test says: sends nothing, half a
/// request head, or a whole request, and tells when the server closed the connection.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTPError("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw RawHTTPError("connect: \(errno)")
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until the server closes the connection or `within` passes: what arrived, and
    /// whether it was closed. The waiting happens on a thread of its own: blocking one of Swift
    /// concurrency's few threads would starve the gateway's request handlers in this process.
    func readUntilClosed(within deadline: Duration) async -> (text: String, closed: Bool) {
        await withCheckedContinuation { continuation in
            let reader = Thread { [self] in continuation.resume(returning: blockingRead(within: deadline)) }
            reader.start()
        }
    }

    private func blockingRead(within deadline: Duration) -> (text: String, closed: Bool) {
        let end = ContinuousClock.now + deadline
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < end {
            let left = end - ContinuousClock.now
            let milliseconds = Int32(
                max(
                    1,
                    min(
                        Double(Int32.max),
                        Double(left.components.seconds) * 1000
                            + Double(left.components.attoseconds) / 1e15)))
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, milliseconds) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
            received += buffer[0..<count]
        }
        return (String(decoding: received, as: UTF8.self), false)
    }
}

struct RawHTTPError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One HTTP/1.1 request on its own connection, as curl would send it.
struct RawResponse {
    let status: Int
    let head: String
    let body: String

    static func send(
        port: Int, _ method: String, _ path: String, authorization: String? = nil,
        body: String? = nil
    ) async throws -> RawResponse {
        let connection = try RawConnection(port: port)
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let authorization { request += "Authorization: \(authorization)\r\n" }
        if let body { request += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + (body ?? "")
        connection.send(request)
        let (text, _) = await connection.readUntilClosed(within: .seconds(10))
        return try parse(text)
    }

    static func parse(_ text: String) throws -> RawResponse {
        guard let split = text.range(of: "\r\n\r\n") else { throw RawHTTPError("no complete answer: \(text)") }
        let head = String(text[..<split.lowerBound])
        let parts = head.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { throw RawHTTPError("no status line: \(head)") }
        return RawResponse(status: status, head: head, body: String(text[split.upperBound...]))
    }

    func header(_ name: String) -> String? {
        for line in head.split(separator: "\r\n").dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == name.lowercased() {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
