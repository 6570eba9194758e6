// libFuzzer target: the terminal key decoder, on any stream of characters.
//
// Built by scripts/fuzz together with Sources/CursesDriver/KeyDecoder.swift (pure, no ncurses).
// Bytes become characters one by one, except that 0xF8–0xFF take the next four bytes as a raw
// 32-bit value, so invalid scalars and values past Unicode reach the decoder too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var input: [UInt32] = []
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte >= 0xF8, index + 4 <= bytes.count {
            input.append(bytes[index..<(index + 4)].reduce(0) { $0 << 8 | UInt32($1) })
            index += 4
        } else {
            input.append(UInt32(byte))
        }
    }
    let keys = KeyDecoder.keys(for: input)
    // Every key comes from at least one character: a sequence never turns into several keys.
    if keys.count > input.count { fatalError("fuzz check failed: \(keys.count) keys from \(input.count) characters") }
    // Fed one at a time, as the driver does, a sequence ends within its bounded length or goes on
    // only with parameter bytes.
    var sequence = EscapeSequence()
    for value in input.prefix(64) {
        if case .needsMore = sequence.feed(value) { continue }
        sequence = EscapeSequence()
    }
    return 0
}
