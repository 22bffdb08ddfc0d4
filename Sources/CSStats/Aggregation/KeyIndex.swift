/// An open-addressing hash index from 64-bit keys to dense indexes 0, 1, 2, …
///
/// The hot loops of `aggregate` look up a group and a school-id container per row; a
/// `Dictionary` costs more than the rest of the row's work. This is a flat array of slots with
/// linear probing and a multiplicative hash, held by value so the loop's accesses are checked at
/// compile time rather than at run time.
struct KeyIndex {
    private(set) var keys: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The number of keys.
    var count: Int { keys.count }

    /// Mixes every key bit into the low bits (MurmurHash3's finaliser): group keys differ only
    /// in their high bits, which a plain multiply would leave out of the slot.
    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key ^ (key >> 33)
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The index of `key`, added (as the next index) when new; `isNew` says which.
    @inline(__always)
    mutating func index(_ key: UInt64, isNew: inout Bool) -> Int {
        var s = KeyIndex.slot(key, mask)
        while true {
            let entry = Int(slots[s])
            if entry == 0 {
                keys.append(key)
                slots[s] = Int32(keys.count)
                if keys.count * 2 > slots.count { grow() }
                isNew = true
                return keys.count - 1
            }
            if keys[entry - 1] == key { isNew = false; return entry - 1 }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (i, key) in keys.enumerated() {
            var s = KeyIndex.slot(key, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(i + 1)
        }
    }
}

/// A fixed set of 64-bit keys to test against, with no reference counting on the way: the
/// keys a confirming worker checks every record's id against (a `Set` read from two threads
/// at once has its storage's count changed by both, on one cache line).
final class KeyProbe: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UInt64>
    private let mask: Int

    init(_ keys: Set<UInt64>) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        // UInt64.max marks an empty slot; no key is UInt64.max (see SchoolIDKey).
        slots.initialize(repeating: .max, count: size)
        mask = size - 1
        for key in keys {
            var s = KeyProbe.slot(key, mask)
            while slots[s] != .max { s = (s + 1) & mask }
            slots[s] = key
        }
    }

    deinit { slots.deallocate() }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var s = KeyProbe.slot(key, mask)
        while true {
            let e = slots[s]
            if e == key { return true }
            if e == .max { return false }
            s = (s + 1) & mask
        }
    }
}
