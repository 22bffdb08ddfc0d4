/// Maps short byte strings (a prefecture, a school type, a flag as written) to small integers,
/// decoding each distinct spelling once.
///
/// Category columns hold a few dozen distinct values over millions of rows, so each is parsed
/// once and then found by hashing its bytes: no `String` per cell. An open-addressing table with
/// the key bytes kept in one arena.
struct ByteInterner {
    private var slots: [Int32]          // entry index + 1, 0 when empty
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private(set) var values: [Int32] = []
    private var arena: [UInt8] = []
    private var mask: Int
    /// Turns a spelling never seen before into its value.
    private let resolve: (UnsafeBufferPointer<UInt8>) -> Int32

    init(resolve: @escaping (UnsafeBufferPointer<UInt8>) -> Int32) {
        self.resolve = resolve
        slots = [Int32](repeating: 0, count: 64)
        mask = 63
    }

    /// The number of distinct spellings seen.
    var count: Int { values.count }

    /// The bytes of entry `i`.
    func key(_ i: Int) -> [UInt8] { Array(arena[starts[i]..<starts[i] + lengths[i]]) }

    /// The value for a spelling, resolving it on first sight.
    @inline(__always)
    mutating func value(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        let h = ByteInterner.hash(start, length)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return insert(start, length, hash: h, slot: slot) }
            let e = entry - 1
            if hashes[e] == h, lengths[e] == length, equal(e, start, length) { return values[e] }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ e: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            memcmp(a.baseAddress! + starts[e], start, length) == 0
        }
    }

    private mutating func insert(_ start: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, slot: Int) -> Int32 {
        let value = resolve(UnsafeBufferPointer(start: start, count: length))
        hashes.append(hash)
        starts.append(arena.count)
        lengths.append(length)
        values.append(value)
        arena.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
        return value
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for e in 0..<values.count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }

    /// A fast 64-bit hash of a short byte string, eight bytes at a time.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        while i + 8 <= length {
            let w = UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < length {
            tail |= UInt64(start[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}

#if canImport(Glibc)
import Glibc
#endif
