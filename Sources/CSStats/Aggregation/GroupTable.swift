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
    /// Per group, the schools of each flag combination (``FlagCombination/count`` slots).
    private var counts: [Int] = []
    /// Group number + 1 by direct index, 0 when not yet seen.
    private var direct = [Int32](repeating: 0, count: GroupKey.directCount)

    /// The group keys, in order of first appearance.
    var keys: [GroupKey] { index.keys.map(GroupKey.init(value:)) }

    /// A count of the `group`th group.
    subscript(group: Int, measure: GroupMeasure) -> Int {
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
        counts.withUnsafeMutableBufferPointer { $0[g &* FlagCombination.count &+ combination] &+= 1 }
    }

    /// The number of a group, added when new.
    private mutating func group(_ key: GroupKey) -> Int {
        var isNew = false
        let g = index.index(key.value, isNew: &isNew)
        if isNew { counts.append(contentsOf: repeatElement(0, count: FlagCombination.count)) }
        return g
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
