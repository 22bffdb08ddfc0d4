import Foundation
import Testing
@testable import CSStats

/// The inflater against zlib, against streams worked out by hand, and against bad data.
@Suite struct InflateTests {
    func python(_ arguments: [String]) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    @Test func agreesWithZlibOnAThousandSeededInputsAtEveryLevel() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-deflate-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: out) }
        let status = python([Self.folder.appendingPathComponent("make_deflate_cases.py").path, out.path, "1000", "20261202"])
        try #require(status == 0, "python3 makes the cases with zlib")
        let bytes = [UInt8](try Data(contentsOf: out))
        var p = 0, cases = 0
        func take() -> [UInt8] {
            let n = Int(bytes[p]) | Int(bytes[p + 1]) << 8 | Int(bytes[p + 2]) << 16 | Int(bytes[p + 3]) << 24
            defer { p += 4 + n }
            return Array(bytes[(p + 4)..<(p + 4 + n)])
        }
        while p < bytes.count {
            let original = take(), packed = take()
            let inflated = try Inflate.inflate(packed, expectedSize: original.count, limit: 1 << 24)
            #expect(inflated == original, "case \(cases): \(original.count) bytes, level \(cases % 10)")
            cases += 1
        }
        #expect(cases == 1000)
    }

    @Test func streamsWorkedOutByHand() throws {
        // A stored block: final, type 0, length 1 and its complement, 'a'.
        #expect(try Inflate.inflate([0x01, 0x01, 0x00, 0xFE, 0xFF, 0x61], limit: 10) == [0x61])
        // A fixed-Huffman block: 'a' (0x61 is the 8-bit code 10010001), then end of block (0000000).
        #expect(try Inflate.inflate([0x4B, 0x04, 0x00], limit: 10) == [0x61])
        // An empty final stored block.
        #expect(try Inflate.inflate([0x01, 0x00, 0x00, 0xFF, 0xFF], limit: 10) == [])
        // Fixed: 'a', then a match of length 3 at distance 1 ('aaa'), end: "aaaa".
        #expect(try Inflate.inflate([0x4B, 0x04, 0x02, 0x00], limit: 10) == [0x61, 0x61, 0x61, 0x61])
    }

    @Test func badStreamsAreErrorsNeverGuesses() {
        func failure(_ bytes: [UInt8], limit: Int = 100) -> Inflate.Failure? {
            do { _ = try Inflate.inflate(bytes, limit: limit); return nil } catch { return error }
        }
        #expect(failure([0x07]) == .invalidBlockType)                          // final, type 3
        #expect(failure([0x01, 0x01, 0x00, 0x00, 0x00, 0x61]) == .storedLengthMismatch)
        #expect(failure([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61]) == .truncated)   // 5 bytes declared, 1 there
        #expect(failure([]) == .truncated)
        #expect(failure([0x4B, 0x04]) == .truncated)                           // no end of block
        // Fixed: a match at distance 1 before any byte.
        #expect(failure([0x03, 0x02, 0x00]) == .distanceTooFar)
        // 'a' then a match of 3, with a limit of 2 bytes.
        #expect(failure([0x4B, 0x04, 0x02, 0x00], limit: 2) == .tooLarge(limit: 2))
    }

    @Test func aBombStopsAtTheLimit() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-bomb-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: out) }
        let script = "import zlib,sys; c=zlib.compressobj(9,zlib.DEFLATED,-15); open(sys.argv[1],'wb').write(c.compress(bytes(100_000_000))+c.flush())"
        try #require(python(["-c", script, out.path]) == 0)
        let packed = [UInt8](try Data(contentsOf: out))
        #expect(packed.count < 200_000)
        #expect(throws: Inflate.Failure.tooLarge(limit: 1 << 20)) { try Inflate.inflate(packed, limit: 1 << 20) }
    }
}
