/// Counts per group, keyed by a packed 64-bit group key: schools, CS, HQ, both, similar.
struct GroupTable {
    static let fields = 5
    private var index = KeyIndex()
    private(set) var counts: [Int] = []

    /// The group keys, in order of first appearance.
    var keys: [UInt64] { index.keys }

    /// Adds a school to a group.
    @inline(__always)
    mutating func add(_ key: UInt64, cs: Bool, hq: Bool, similar: Bool) {
        var isNew = false
        let g = index.index(key, isNew: &isNew)
        if isNew { counts.append(contentsOf: repeatElement(0, count: GroupTable.fields)) }
        counts.withUnsafeMutableBufferPointer { c in
            let base = g &* GroupTable.fields
            c[base] &+= 1
            if cs { c[base &+ 1] &+= 1 }
            if hq { c[base &+ 2] &+= 1 }
            if cs && hq { c[base &+ 3] &+= 1 }
            if similar { c[base &+ 4] &+= 1 }
        }
    }
}
