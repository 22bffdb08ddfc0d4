import Testing
@testable import CSStats

@Suite struct SchoolIDSetTests {
    private func insert(_ set: inout SchoolIDSet, _ id: String, year: Int = 2021) -> Bool {
        let bytes = Array(id.utf8)
        return bytes.withUnsafeBufferPointer { set.insert(year: year, $0.baseAddress!, $0.count) }
    }

    @Test(arguments: ["S21000001", "B113210000019", "7", "abc-1", "abc", "1a", "学校-1", "B1132100000190"])
    func onceAYear(id: String) {
        var set = SchoolIDSet()
        #expect(insert(&set, id))
        #expect(!insert(&set, id))
        #expect(insert(&set, id, year: 2022))
        #expect(!insert(&set, id, year: 2022))
        #expect(insert(&set, id, year: 0))
    }

    @Test func distinctIDsStayDistinct() {
        // Leading zeros, prefixes and the 12-digit MEXT code's neighbours are all different ids.
        let ids = ["7", "07", "007", "S7", "S07", "T7", "ST7", "B113210000019", "B113210000018", "C113210000019",
                   "B999999999999", "abc-1", "abc-01", "abc-2", "abd-1", "abc", "abd", "1a", "2a"]
        var set = SchoolIDSet()
        for id in ids { #expect(insert(&set, id), "\(id)") }
        for id in ids { #expect(!insert(&set, id), "\(id)") }
    }

    @Test func aContainerBeyond4096IDsBecomesABitmap() {
        // S10000000 … S10004999 share prefix, digit count and high bits (10000000 >> 16 = 152 =
        // 10004999 >> 16): one container, past 4,096 entries.
        var set = SchoolIDSet()
        for i in 0..<5000 { #expect(insert(&set, "S\(10_000_000 + i)")) }
        var again = 0
        for i in 0..<5000 where !insert(&set, "S\(10_000_000 + i)") { again += 1 }
        #expect(again == 5000)
        #expect(insert(&set, "S10005000"))
        #expect(insert(&set, "S9999999"))
    }

    @Test func mergeCountsTheOverlap() {
        // a: S10000000 + 0..<5000 (a bitmap) and abc; b: T1 first (so S has another prefix id
        // there), then + 4000..<6000, abc and xyz. Overlap: 4000..<5000 = 1,000 ids, and abc: 1,001.
        var a = SchoolIDSet()
        for i in 0..<5000 { _ = insert(&a, "S\(10_000_000 + i)") }
        _ = insert(&a, "abc")
        var b = SchoolIDSet()
        _ = insert(&b, "T1")
        for i in 4000..<6000 { _ = insert(&b, "S\(10_000_000 + i)") }
        _ = insert(&b, "abc")
        _ = insert(&b, "xyz")
        #expect(a.merge(b) == 1001)
        var missing = 0
        for i in 0..<6000 where insert(&a, "S\(10_000_000 + i)") { missing += 1 }
        #expect(missing == 0)
        #expect(!insert(&a, "T1"))
        #expect(!insert(&a, "xyz"))
        #expect(insert(&a, "S10006000"))
        // The same ids in another year do not overlap.
        var c = SchoolIDSet()
        _ = insert(&c, "S10000000", year: 2022)
        #expect(a.merge(c) == 0)
    }
}
