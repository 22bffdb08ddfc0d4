/// Counts per group (``GroupMeasure``: schools, CS, HQ, both, similar), keyed by ``GroupKey``.
///
/// Groups without a municipality, of a year 2004–2034 (or none), are found by direct indexing
/// (``GroupKey/directIndex``) in a 64 KB table; others by hashing.
struct GroupTable {
    private var index = KeyIndex()
    private var counts: [Int] = []
    /// Group number + 1 by direct index, 0 when not yet seen.
    private var direct = [Int32](repeating: 0, count: GroupKey.directCount)

    /// The group keys, in order of first appearance.
    var keys: [GroupKey] { index.keys.map(GroupKey.init(value:)) }

    /// A count of the `group`th group.
    subscript(group: Int, measure: GroupMeasure) -> Int {
        counts[group * GroupMeasure.count + measure.rawValue]
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
        let fields = GroupMeasure.count
        counts.withUnsafeMutableBufferPointer { c in
            let base = g &* fields
            c[base &+ GroupMeasure.schools.rawValue] &+= 1
            if cs { c[base &+ GroupMeasure.cs.rawValue] &+= 1 }
            if hq { c[base &+ GroupMeasure.hq.rawValue] &+= 1 }
            if cs && hq { c[base &+ GroupMeasure.both.rawValue] &+= 1 }
            if similar { c[base &+ GroupMeasure.similar.rawValue] &+= 1 }
        }
    }

    /// The number of a group, added when new.
    private mutating func group(_ key: GroupKey) -> Int {
        var isNew = false
        let g = index.index(key.value, isNew: &isNew)
        if isNew { counts.append(contentsOf: repeatElement(0, count: GroupMeasure.count)) }
        return g
    }
}
