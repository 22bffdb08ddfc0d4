/// The entries of a ZIP archive (an .xlsx workbook is one), read from its central directory.
///
/// Only what a workbook needs: stored and deflated entries (``Inflate``), each checked against
/// its CRC-32 and its declared size. Nothing is read but the entries asked for. Refused with a
/// plain reason: a file that is no ZIP (an old .xls, which is an OLE2 compound file, says so;
/// so does an encrypted workbook, which Excel also writes as OLE2), an encrypted entry, another
/// compression method, ZIP64 archives (over 4 GB or 65,535 entries), and an entry that would
/// inflate past ``maximumEntrySize`` or more than ``maximumRatio`` times its compressed size
/// (a zip bomb).
public struct ZipArchive: Sendable {
    /// Why an archive or an entry cannot be read.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// One entry of the central directory.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var method: Int
        public var crc32: UInt32
        public var compressedSize: Int
        public var size: Int
        var headerOffset: Int
        var encrypted: Bool
    }

    /// The entries, in the central directory's order.
    public let entries: [Entry]
    private let bytes: [UInt8]

    /// The largest entry inflated: 1 GiB.
    public static let maximumEntrySize = 1 << 30
    /// The largest inflated-to-compressed ratio of an entry over 1 MB (text compresses 5–20×).
    public static let maximumRatio = 1_000

    /// Reads an archive's central directory.
    ///
    /// - Throws: ``Failure`` for bytes that are not a ZIP archive this reader can read.
    public init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw Failure(message: ZipArchive.isEncryptedPackage(bytes)
                ? "an encrypted (password-protected) workbook: remove the password in Excel (ファイル > 情報 > ブックの保護), save, and read that copy"
                : "an Excel 97–2003 workbook (.xls, BIFF), not .xlsx: open it in Excel and save it as Excel ブック (.xlsx), or as CSV")
        }
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        guard bytes.count >= 22 else { throw Failure(message: "not a ZIP archive (.xlsx): too short") }
        var end = -1
        var k = bytes.count - 22
        while k >= max(0, bytes.count - 22 - 65_535) {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x05, bytes[k + 3] == 0x06 { end = k; break }
            k -= 1
        }
        guard end >= 0 else { throw Failure(message: "not a ZIP archive (.xlsx): no end of central directory") }
        let count = ZipArchive.u16(bytes, end + 10)
        let directorySize = Int(ZipArchive.u32(bytes, end + 12))
        let directoryOffset = Int(ZipArchive.u32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            throw Failure(message: "a ZIP64 archive (over 4 GB or 65,535 entries): too large for a workbook of survey tables")
        }
        guard directoryOffset + directorySize <= end else { throw Failure(message: "a damaged ZIP archive: its central directory lies outside the file") }
        var entries: [Entry] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, ZipArchive.u32(bytes, p) == 0x0201_4B50 else {
                throw Failure(message: "a damaged ZIP archive: entry \(entries.count + 1) of the central directory is broken")
            }
            let flags = ZipArchive.u16(bytes, p + 8)
            let nameLength = ZipArchive.u16(bytes, p + 28)
            let extraLength = ZipArchive.u16(bytes, p + 30)
            let commentLength = ZipArchive.u16(bytes, p + 32)
            guard p + 46 + nameLength <= end else { throw Failure(message: "a damaged ZIP archive: an entry's name runs past the directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(
                name: name, method: ZipArchive.u16(bytes, p + 10), crc32: ZipArchive.u32(bytes, p + 16),
                compressedSize: Int(ZipArchive.u32(bytes, p + 20)), size: Int(ZipArchive.u32(bytes, p + 24)),
                headerOffset: Int(ZipArchive.u32(bytes, p + 42)), encrypted: flags & 1 != 0))
            p += 46 + nameLength + extraLength + commentLength
        }
        // Two entries of one name: which one a reader takes differs from program to program.
        var names = Set<String>()
        for entry in entries where !names.insert(entry.name).inserted {
            throw Failure(message: "a damaged ZIP archive: two entries named \(entry.name) (programs differ on which one they read)")
        }
        self.entries = entries
    }

    /// The entry of a name (ZIP names use `/`; case as written).
    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The bytes of an entry, inflated and checked.
    ///
    /// - Throws: ``Failure`` naming the entry: encrypted, another method, damaged, a CRC or size
    ///   that does not match, or past the limits.
    public func contents(of entry: Entry, limit: Int = ZipArchive.maximumEntrySize) throws(Failure) -> [UInt8] {
        func fail(_ why: String) -> Failure { Failure(message: "entry '\(entry.name)': \(why)") }
        guard !entry.encrypted else { throw fail("encrypted: remove the workbook's password and save it again") }
        guard entry.size <= limit else { throw fail("declares \(entry.size) bytes, more than the \(limit) read") }
        if entry.size > 1 << 20, entry.compressedSize > 0, entry.size / entry.compressedSize > Self.maximumRatio {
            throw fail("would inflate \(entry.size / entry.compressedSize) times its size (a zip bomb?)")
        }
        let h = entry.headerOffset
        guard h + 30 <= bytes.count, ZipArchive.u32(bytes, h) == 0x0403_4B50 else { throw fail("its local header is missing (a damaged archive)") }
        let start = h + 30 + ZipArchive.u16(bytes, h + 26) + ZipArchive.u16(bytes, h + 28)
        guard start + entry.compressedSize <= bytes.count else { throw fail("its data runs past the end of the file (a damaged or cut archive)") }
        let stored = Array(bytes[start..<start + entry.compressedSize])
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = stored
        case 8:
            // The declared size is checked, not trusted: inflating stops just past it.
            let cap = min(limit, entry.size + 1)
            do { data = try Inflate.inflate(stored, expectedSize: entry.size, limit: cap) } catch {
                throw fail(error == .tooLarge(limit: cap) ? "inflates to more than the \(entry.size) bytes it declares" : "its compressed data is damaged: \(error)")
            }
        default:
            throw fail("compressed with method \(entry.method), which workbooks do not use (only stored and deflated)")
        }
        guard data.count == entry.size else { throw fail("holds \(data.count) bytes, not the \(entry.size) it declares") }
        guard CRC32.checksum(data) == entry.crc32 else { throw fail("its CRC-32 does not match (a damaged archive)") }
        return data
    }

    /// Whether an OLE2 compound file holds an encrypted OOXML package (its stream names, in
    /// UTF-16, include EncryptionInfo).
    static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let window = bytes.prefix(1 << 20)
        guard window.count >= name.count else { return false }
        for i in window.startIndex...(window.endIndex - name.count) where window[i] == name[0] {
            if window[i..<i + name.count].elementsEqual(name) { return true }
        }
        return false
    }

    static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

/// CRC-32 (ISO 3309, the ZIP and zlib checksum), table-driven eight bytes at a time
/// ("slicing by 8": eight tables, one per byte of a word; byte by byte it took a quarter of the
/// time reading a million-row workbook).
public enum CRC32 {
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 { t[k * 256 + n] = t[(k - 1) * 256 + n] >> 8 ^ t[Int(t[(k - 1) * 256 + n] & 0xFF)] }
        }
        return t
    }()

    /// The checksum of some bytes.
    ///
    /// - Complexity: O(*n*).
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                let n = b.count
                while i + 8 <= n {
                    let word = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    let low = UInt32(truncatingIfNeeded: word) ^ crc
                    let high = UInt32(truncatingIfNeeded: word >> 32)
                    crc = t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
                        ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                        ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                        ^ t[1 * 256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                    i += 8
                }
                while i < n {
                    crc = t[Int((crc ^ UInt32(b[i])) & 0xFF)] ^ (crc >> 8)
                    i += 1
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
