import Foundation

/// A source that turns Shift_JIS (CP932) bytes into UTF-8 chunk by chunk, so a Shift_JIS file
/// is read as a stream, never decoded whole.
///
/// Each chunk is cut after its last whole character (a lead byte waits for its second byte),
/// checked for structure, and decoded with Foundation's Shift_JIS mapping, the one
/// ``DecodedInput`` uses for a whole file, so both give the same text and the same errors: a
/// byte that is not Shift_JIS, or a pair with no mapping, stops the read with its line and
/// byte offset.
public final class ShiftJISDecodingSource: ByteSource {
    private let inner: ByteSource
    private let file: String?
    private let chunkSize: Int
    /// Raw bytes waiting: the lead byte of a character the last chunk cut.
    private var carry: [UInt8] = []
    /// Decoded UTF-8 not yet delivered.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    /// Raw bytes consumed before the carry, and the lines they ended.
    private var consumed = 0
    private var lines = 1
    private var lastWasCarriageReturn = false

    /// Wraps a source of Shift_JIS bytes.
    public init(_ inner: ByteSource, file: String?, chunkSize: Int = 1 << 20) {
        self.inner = inner
        self.file = file
        self.chunkSize = max(chunkSize, 2)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        while pendingStart == pending.count {
            guard try decodeNextChunk() else { return 0 }
        }
        let n = min(buffer.count, pending.count - pendingStart)
        pending.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + pendingStart, byteCount: n)
        }
        pendingStart += n
        return n
    }

    /// Reads and decodes one chunk into `pending`; `false` at the end of the input.
    private func decodeNextChunk() throws(ReadError) -> Bool {
        var raw = carry
        raw.reserveCapacity(carry.count + chunkSize)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        let got = try inner.read(into: chunk)
        raw.append(contentsOf: chunk[..<got])
        if raw.isEmpty { return false }
        // Whole characters only: a lead byte at the end waits for the next chunk (at the end of
        // the input it is an error, found below).
        var cut = 0
        while cut < raw.count {
            if ShiftJISValidation.isLead(raw[cut]) {
                if cut + 1 >= raw.count, got > 0 { break }
                cut += 2
            } else {
                cut += 1
            }
        }
        cut = min(cut, raw.count)
        let whole = Array(raw[..<cut])
        carry = Array(raw[cut...])
        if let bad = ShiftJISValidation.firstInvalidOffset(in: whole) {
            throw error(in: whole, at: bad)
        }
        guard let text = String(data: Data(whole), encoding: .shiftJIS) else {
            throw error(in: whole, at: ShiftJISValidation.firstUnmappableOffset(in: whole) ?? 0)
        }
        countLines(whole[...])
        consumed += whole.count
        pending = Array(text.utf8)
        pendingStart = 0
        return true
    }

    /// Counts line breaks as ``DecodedInput`` does (LF, CRLF, a lone CR), across chunks.
    private func countLines(_ bytes: ArraySlice<UInt8>) {
        for b in bytes {
            if b == 0x0A {
                if !lastWasCarriageReturn { lines += 1 }
            } else if b == 0x0D {
                lines += 1
            }
            lastWasCarriageReturn = b == 0x0D
        }
    }

    private func error(in bytes: [UInt8], at offset: Int) -> ReadError {
        countLines(bytes[..<offset])
        return .invalidEncoding(SourcePosition(file: file, line: lines), encoding: .shiftJIS, byteOffset: consumed + offset,
                                bytes: Array(bytes[offset..<min(bytes.count, offset + 2)]))
    }
}

/// A source that gives some bytes already read, then the rest of another source.
final class PrefixedByteSource: ByteSource {
    private let prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    init(_ prefix: [UInt8], then rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard offset < prefix.count else { return try rest.read(into: buffer) }
        let n = min(buffer.count, prefix.count - offset)
        prefix.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
