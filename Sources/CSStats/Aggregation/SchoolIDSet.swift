/// The school ids seen per survey year, to catch a school counted twice, in little memory.
///
/// School codes are mostly a short letter prefix and digits (MEXT's 学校コード is one letter and
/// twelve digits). Such ids are stored as numbers in the manner of a roaring bitmap: per (year,
/// prefix, high bits) a container that is a sorted array of 16-bit low parts while small and a
/// 65,536-bit bitmap once dense, so an id costs between a bit and two bytes. Other ids fall back
/// to a 64-bit fingerprint of year and id (a collision, about 1 in 10^10 at a million ids a year,
/// would be reported as a duplicate, never counted silently).
struct SchoolIDSet {
    private struct Container {
        var array: [UInt16] = []
        var bitmap: [UInt64] = []

        /// Inserts; `false` when already present.
        @inline(__always)
        mutating func insert(_ low: UInt16) -> Bool {
            if !bitmap.isEmpty {
                let word = Int(low >> 6), bit = UInt64(1) << UInt64(low & 63)
                return bitmap.withUnsafeMutableBufferPointer { b in
                    if b[word] & bit != 0 { return false }
                    b[word] |= bit
                    return true
                }
            }
            return insertIntoArray(low)
        }

        mutating func insertIntoArray(_ low: UInt16) -> Bool {
            var lo = 0, hi = array.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if array[mid] < low { lo = mid + 1 } else { hi = mid }
            }
            if lo < array.count, array[lo] == low { return false }
            array.insert(low, at: lo)
            if array.count > 4096 {
                bitmap = [UInt64](repeating: 0, count: 1024)
                for v in array { bitmap[Int(v >> 6)] |= UInt64(1) << UInt64(v & 63) }
                array = []
            }
            return true
        }

        func contains(_ low: UInt16) -> Bool {
            if !bitmap.isEmpty { return bitmap[Int(low >> 6)] & (UInt64(1) << UInt64(low & 63)) != 0 }
            var lo = 0, hi = array.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if array[mid] < low { lo = mid + 1 } else { hi = mid }
            }
            return lo < array.count && array[lo] == low
        }

        func forEach(_ body: (UInt16) -> Void) {
            if bitmap.isEmpty { array.forEach(body); return }
            for (w, word) in bitmap.enumerated() where word != 0 {
                var bits = word
                while bits != 0 {
                    body(UInt16(w << 6 | bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
            }
        }
    }

    private var index = KeyIndex()
    private var containers: [Container] = []
    private var prefixes: [UInt64: UInt64] = [:]   // packed prefix bytes → prefix id
    private var lastPrefix: (bytes: UInt64, id: UInt64) = (.max, 0)
    private var fingerprints = Set<UInt64>()

    /// Inserts a school id of a survey year (the Gregorian year, or 0 when the file has none).
    ///
    /// - Returns: `false` when the id was already seen in that year.
    @inline(__always)
    mutating func insert(year: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        if let (key, low) = numericKey(year: year, start, length) {
            var isNew = false
            let c = index.index(key, isNew: &isNew)
            if isNew { containers.append(Container()) }
            return containers[c].insert(low)
        }
        return fingerprints.insert(ByteInterner.hash(start, length) ^ (UInt64(year) &* 0x9E37_79B9_7F4A_7C15)).inserted
    }

    /// Adds every id of `other` and returns how many were already present here: ids two
    /// workers both saw.
    mutating func merge(_ other: SchoolIDSet) -> Int {
        var duplicates = 0
        var prefixMap: [UInt64: UInt64] = [:]
        for (bytes, id) in other.prefixes { prefixMap[id] = prefixID(bytes) }
        for (k, key) in other.index.keys.enumerated() {
            let prefix = (key >> 24) & 0xFFF
            let mapped = key & ~(UInt64(0xFFF) << 24) | prefixMap[prefix]! << 24
            var isNew = false
            let c = index.index(mapped, isNew: &isNew)
            if isNew {
                containers.append(other.containers[k])
            } else {
                other.containers[k].forEach { if !containers[c].insert($0) { duplicates += 1 } }
            }
        }
        for f in other.fingerprints where !fingerprints.insert(f).inserted { duplicates += 1 }
        return duplicates
    }

    /// (year 12 bits | prefix id 12 bits | high 24 bits, low 16 bits) for `PREFIX` + up to 12 digits.
    @inline(__always)
    private mutating func numericKey(year: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt16)? {
        var i = 0
        var prefix: UInt64 = 0
        while i < length, start[i] &- UInt8(ascii: "0") > 9 {
            if i >= 7 || start[i] >= 0x80 { return nil }
            prefix = prefix << 8 | UInt64(start[i])
            i += 1
        }
        let digits = length - i
        guard digits >= 1, digits <= 12, year < 4096 else { return nil }
        var number: UInt64 = 0
        if digits >= 8 {
            // Eight digits at once (SWAR), then the rest one by one.
            guard let eight = SchoolIDSet.eightDigits(UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) else { return nil }
            number = eight
            i += 8
        }
        while i < length {
            let d = start[i] &- UInt8(ascii: "0")
            if d > 9 { return nil }
            number = number &* 10 &+ UInt64(d)
            i += 1
        }
        // Leading zeros matter in codes ("007" ≠ "7"): keep the digit count in the prefix.
        let prefixKey = prefix << 8 | UInt64(digits)
        let id = prefixID(prefixKey)
        guard id < 4096 else { return nil }
        return (UInt64(year) << 52 | id << 24 | (number >> 16), UInt16(truncatingIfNeeded: number))
    }

    /// The value of eight ASCII digits in a little-endian word, or `nil` if any byte is not a digit.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        // Every byte must be 0x30…0x39: high nibble 3, and adding 6 must not carry out of it.
        guard word & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
              (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 else { return nil }
        var v = word & 0x0F0F_0F0F_0F0F_0F0F
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF   // pairs
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF  // quads
        return (v &* 10000 &+ (v >> 32)) & 0xFFFF_FFFF
    }

    @inline(__always)
    private mutating func prefixID(_ bytes: UInt64) -> UInt64 {
        if bytes == lastPrefix.bytes { return lastPrefix.id }
        if let id = prefixes[bytes] {
            lastPrefix = (bytes, id)
            return id
        }
        let id = UInt64(prefixes.count)
        prefixes[bytes] = id
        return id
    }
}
