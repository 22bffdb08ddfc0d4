/// Counts per group, keyed by a packed 64-bit group key: an open-addressing hash table.
///
/// Dictionary lookups cost more than the rest of a row's work; this table is a flat array of
/// keys with linear probing and five counts per group in another flat array.
struct GroupTable {
    static let fields = 5  // schools, cs, hq, both, similar
    private(set) var keys: [UInt64] = []
    private(set) var counts: [Int] = []
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [Int32](repeating: 0, count: 1024)
        mask = 1023
    }

    /// The index of the group for `key`, created with zero counts when new.
    @inline(__always)
    mutating func index(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return insert(key, slot: slot) }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a school to a group.
    @inline(__always)
    mutating func add(_ key: UInt64, cs: Bool, hq: Bool, similar: Bool) {
        let base = index(key) * GroupTable.fields
        counts.withUnsafeMutableBufferPointer { c in
            c[base] &+= 1
            if cs { c[base + 1] &+= 1 }
            if hq { c[base + 2] &+= 1 }
            if cs && hq { c[base + 3] &+= 1 }
            if similar { c[base + 4] &+= 1 }
        }
    }

    /// Adds every group of `other`.
    mutating func merge(_ other: GroupTable, mapKey: (UInt64) -> UInt64 = { $0 }) {
        for (g, key) in other.keys.enumerated() {
            let base = index(mapKey(key)) * GroupTable.fields
            for f in 0..<GroupTable.fields { counts[base + f] += other.counts[g * GroupTable.fields + f] }
        }
    }

    private mutating func insert(_ key: UInt64, slot: Int) -> Int {
        keys.append(key)
        counts.append(contentsOf: repeatElement(0, count: GroupTable.fields))
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for (i, k) in keys.enumerated() {
                var s = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
                while slots[s] != 0 { s = (s + 1) & mask }
                slots[s] = Int32(i + 1)
            }
        }
        return keys.count - 1
    }
}
