/// Counts per group (``GroupMeasure``: schools, CS, HQ, both, similar), keyed by ``GroupKey``.
///
/// A group holds one count per combination of the three flags (``FlagCombination``): adding a
/// school is one increment, with no branch on its flags, and each measure is the sum of the
/// combinations it takes (both: CS and HQ).
///
/// Groups without a municipality, of a year 2004–2034 (or none), are found by direct indexing
/// (``GroupKey/directIndex``) in a 64 KB table; others by hashing.
struct GroupTable {
    private var index = KeyIndex()
    /// Per group, the schools of each flag combination (``FlagCombination/count`` slots), in
    /// memory of the table's own (``CountStorage``): adding a school is one increment, with no
    /// check that an array's buffer is unshared on every record. A copy of the table shares
    /// the counts: copies are for reading (the worker's tables once it is done).
    private let storage = CountStorage()
    /// `storage`'s memory, kept here so that the loop reads a pointer of its own.
    private var counts: UnsafeMutablePointer<Int>
    /// Group number + 1 by direct index, 0 when not yet seen.
    private var direct = [Int32](repeating: 0, count: GroupKey.directCount)

    init() { counts = storage.slots }

    /// The group keys, in order of first appearance.
    var keys: [GroupKey] { index.keys.map(GroupKey.init(value:)) }

    /// A count of the `group`th group.
    subscript(group: Int, measure: GroupMeasure) -> Int {
        precondition(group >= 0 && group < index.count, "no group \(group)")
        let base = group * FlagCombination.count
        return (0..<FlagCombination.count).reduce(0) { sum, combination in
            FlagCombination(rawValue: combination).counts(measure) ? sum + counts[base + combination] : sum
        }
    }

    /// Adds a school to a group.
    @inline(__always)
    mutating func add(_ key: GroupKey, cs: Bool, hq: Bool, similar: Bool) {
        var g: Int
        if let d = key.directIndex {
            g = Int(direct.withUnsafeBufferPointer { $0[d] }) &- 1
            if g < 0 {
                g = group(key)
                direct.withUnsafeMutableBufferPointer { $0[d] = Int32(g &+ 1) }
            }
        } else {
            g = group(key)
        }
        let combination = FlagCombination(cs: cs, hq: hq, similar: similar).rawValue
        // (Every group number the index gives has its slots: `group` made them.)
        counts[g &* FlagCombination.count &+ combination] &+= 1
    }

    /// The number of a group, added (with its counts at 0) when new.
    private mutating func group(_ key: GroupKey) -> Int {
        var isNew = false
        let g = index.index(key.value, isNew: &isNew)
        if isNew {
            storage.ensure(slots: (g + 1) * FlagCombination.count)
            counts = storage.slots
        }
        return g
    }
}

/// The counts of a ``GroupTable``: zeroed memory, grown by doubling, freed with its last owner.
final class CountStorage {
    private(set) var slots: UnsafeMutablePointer<Int>
    private var capacity: Int

    init() {
        capacity = 1024
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
    }

    deinit { slots.deallocate() }

    /// Makes sure the first `count` slots exist (new ones hold 0).
    func ensure(slots count: Int) {
        guard count > capacity else { return }
        var grown = capacity
        while grown < count { grown *= 2 }
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: grown)
        bigger.initialize(from: slots, count: capacity)
        (bigger + capacity).initialize(repeating: 0, count: grown - capacity)
        slots.deallocate()
        slots = bigger
        capacity = grown
    }
}

/// Which of the three flags a school has, as three bits: CS (bit 0), HQ (bit 1), similar (bit 2).
struct FlagCombination: Equatable {
    let rawValue: Int
    static let count = 8

    init(rawValue: Int) { self.rawValue = rawValue }

    @inline(__always)
    init(cs: Bool, hq: Bool, similar: Bool) {
        rawValue = (cs ? 1 : 0) | (hq ? 2 : 0) | (similar ? 4 : 0)
    }

    var cs: Bool { rawValue & 1 != 0 }
    var hq: Bool { rawValue & 2 != 0 }
    var similar: Bool { rawValue & 4 != 0 }

    /// Whether a school of this combination is counted in a measure.
    func counts(_ measure: GroupMeasure) -> Bool {
        switch measure {
        case .schools: true
        case .cs: cs
        case .hq: hq
        case .both: cs && hq
        case .similar: similar
        }
    }
}
