/// Maps short byte strings (a prefecture, a school type, a flag as written) to small integers,
/// decoding each distinct spelling once.
///
/// Category columns hold a few dozen distinct values over millions of rows, so each is parsed
/// once and then found by hashing its bytes: no `String` per cell. An open-addressing table with
/// the key bytes kept in one arena.
struct ByteInterner {
    /// Keys longer than 16 bytes: entry index + 1, 0 when empty.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    /// Every key in order of first sight: its length and value, and a short key's words (0 for
    /// a longer one), from which `short` is rebuilt when the tables grow.
    private struct Entry {
        var first: UInt64
        var last: UInt64
        var length: Int
        var value: Int32
    }
    private var entries: [Entry] = []
    /// Keys of at most 16 bytes (every category value), open-addressed by their hash with the
    /// same mask as `slots`, each slot holding the key's words, length and value: a lookup
    /// reads one slot, not a slot and then an entry. A length of −1 marks an empty slot.
    private struct Short {
        var first: UInt64
        var last: UInt64
        var length: Int32
        var value: Int32
        static let empty = Short(first: 0, last: 0, length: -1, value: 0)
    }
    private var short: [Short]
    private var arena: [UInt8] = []
    private var mask: Int
    /// Turns a spelling never seen before into its value.
    private let resolve: (UnsafeBufferPointer<UInt8>) -> Int32

    init(resolve: @escaping (UnsafeBufferPointer<UInt8>) -> Int32) {
        self.resolve = resolve
        slots = [Int32](repeating: 0, count: 64)
        short = [Short](repeating: .empty, count: 64)
        mask = 63
    }

    /// The number of distinct spellings seen.
    var count: Int { entries.count }

    /// The value of entry `i`.
    func value(at i: Int) -> Int32 { entries[i].value }

    /// The bytes of entry `i`.
    func key(_ i: Int) -> [UInt8] { Array(arena[starts[i]..<starts[i] + entries[i].length]) }

    /// The value for a spelling, resolving it on first sight.
    @inline(__always)
    mutating func value(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        if length <= 16 {
            // Two words hold every byte of a short key exactly: compare them, not memory.
            let (a, b) = ByteInterner.words(start, length)
            let h = ByteInterner.mix(a, b, length)
            var slot = Int(truncatingIfNeeded: h) & mask
            let found: Int32? = short.withUnsafeBufferPointer { short in
                while true {
                    let e = short[slot]
                    if e.first == a, e.last == b, e.length == Int32(truncatingIfNeeded: length) { return e.value }
                    if e.length < 0 { return nil }
                    slot = (slot &+ 1) & mask
                }
            }
            if let found { return found }
            return insert(start, length, hash: h, slot: slot)
        }
        let h = ByteInterner.hash(start, length)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return insert(start, length, hash: h, slot: slot) }
            let e = entry - 1
            if hashes[e] == h, entries[e].length == length, equal(e, start, length) { return entries[e].value }
            slot = (slot + 1) & mask
        }
    }

    /// The bytes of a key of at most 16 bytes as two words that together hold all of them.
    @inline(__always)
    static func words(_ start: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt64) {
        if length >= 8 {
            return (UnsafeRawPointer(start).loadUnaligned(as: UInt64.self),
                    UnsafeRawPointer(start + length - 8).loadUnaligned(as: UInt64.self))
        }
        if length >= 4 {
            return (UInt64(UnsafeRawPointer(start).loadUnaligned(as: UInt32.self)),
                    UInt64(UnsafeRawPointer(start + length - 4).loadUnaligned(as: UInt32.self)))
        }
        if length > 0 {
            return (UInt64(start[0]) << 16 | UInt64(start[length >> 1]) << 8 | UInt64(start[length - 1]), 0)
        }
        return (0, 0)
    }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64, _ length: Int) -> UInt64 {
        var h = (a ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ b) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    private func equal(_ e: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            memcmp(a.baseAddress! + starts[e], start, length) == 0
        }
    }

    private mutating func insert(_ start: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, slot: Int) -> Int32 {
        let value = resolve(UnsafeBufferPointer(start: start, count: length))
        hashes.append(hash)
        let (a, b) = length <= 16 ? ByteInterner.words(start, length) : (0, 0)
        entries.append(Entry(first: a, last: b, length: length, value: value))
        starts.append(arena.count)
        arena.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
        // A short key goes to `short` only, a longer one to `slots` only: each table's probes
        // meet only its own keys.
        if length <= 16 {
            short[slot] = Short(first: a, last: b, length: Int32(length), value: value)
        } else {
            slots[slot] = Int32(entries.count)
        }
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        short = [Short](repeating: .empty, count: slots.count)
        mask = slots.count - 1
        for e in 0..<entries.count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            let entry = entries[e]
            if entry.length <= 16 {
                while short[slot].length >= 0 { slot = (slot + 1) & mask }
                short[slot] = Short(first: entry.first, last: entry.last, length: Int32(entry.length), value: entry.value)
            } else {
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(e + 1)
            }
        }
    }

    /// A fast 64-bit hash of a short byte string.
    ///
    /// Up to 16 bytes take two (possibly overlapping) eight-byte loads and no loop; category
    /// values (prefectures, school types, flags) are that short. Reads stay inside the string.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        if length >= 8 {
            var i = 0
            while i + 8 < length {
                h = (h ^ UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            h = (h ^ UnsafeRawPointer(start + length - 8).loadUnaligned(as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else if length >= 4 {
            let a = UInt64(UnsafeRawPointer(start).loadUnaligned(as: UInt32.self))
            let b = UInt64(UnsafeRawPointer(start + length - 4).loadUnaligned(as: UInt32.self))
            h = (h ^ (a << 32 | b)) &* 0x94D0_49BB_1331_11EB
        } else if length > 0 {
            let a = UInt64(start[0]) << 16 | UInt64(start[length >> 1]) << 8 | UInt64(start[length - 1])
            h = (h ^ a) &* 0x94D0_49BB_1331_11EB
        }
        return h ^ (h >> 29)
    }
}

#if canImport(Glibc)
import Glibc
#endif
