/// DEFLATE decompression (RFC 1951), written here: stored, fixed-Huffman and dynamic-Huffman
/// blocks, for the entries of an .xlsx workbook (a ZIP archive).
///
/// Bits are read least significant first into a 64-bit buffer; each Huffman code is decoded by
/// one lookup in a table indexed by the next `maxLength` bits (the code's bits reversed, as
/// DEFLATE packs codes most significant bit first). Every malformed stream is an error, never
/// a crash or a guess: a block type 3, a stored length whose complement does not match, code
/// lengths that over-subscribe a code or leave the end-of-block code without one, a symbol no
/// code decodes to, a distance before the start of the output, and input that ends early. The
/// output is capped (`limit`), so a small input that would inflate to gigabytes (a "zip bomb")
/// stops with an error once it passes the cap.
public enum Inflate {
    /// Why a stream could not be inflated.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case truncated
        case invalidBlockType
        case storedLengthMismatch
        case invalidCodeLengths
        case invalidSymbol
        case distanceTooFar
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            case .truncated: "the compressed data ends early"
            case .invalidBlockType: "a block of type 3 (reserved)"
            case .storedLengthMismatch: "a stored block's length and its complement disagree"
            case .invalidCodeLengths: "a block's Huffman code lengths do not make a code"
            case .invalidSymbol: "a code that no symbol has"
            case .distanceTooFar: "a back-reference before the start of the data"
            case .tooLarge(let limit): "it inflates to more than \(limit) bytes"
            }
        }
    }

    /// Inflates raw DEFLATE data (no zlib or gzip header).
    ///
    /// - Parameters:
    ///   - input: the compressed bytes.
    ///   - expectedSize: the size the container declares, to reserve memory once (not trusted).
    ///   - limit: the most bytes the output may have.
    /// - Returns: the inflated bytes.
    /// - Throws: ``Failure`` for malformed data or output past `limit`.
    /// - Complexity: O(*n*) in the output's size, plus a table per dynamic block.
    public static func inflate(_ input: [UInt8], expectedSize: Int = 0, limit: Int) throws(Failure) -> [UInt8] {
        var output = Output(capacity: min(max(expectedSize, input.count * 3, 64), limit), limit: limit)
        try input.withUnsafeBufferPointer { (bytes) throws(Failure) in
            var reader = BitReader(bytes)
            var final = false
            while !final {
                final = try reader.bits(1) == 1
                switch try reader.bits(2) {
                case 0:
                    try stored(&reader, into: &output)
                case 1:
                    try huffman(&reader, literals: fixedLiterals, distances: fixedDistances, into: &output)
                case 2:
                    let (literals, distances) = try dynamicTables(&reader)
                    try huffman(&reader, literals: literals, distances: distances, into: &output)
                default:
                    throw .invalidBlockType
                }
            }
        }
        return output.finish()
    }

    // MARK: Output

    /// The inflated bytes so far: a buffer with room to spare, grown by doubling up to `limit`,
    /// and how much of it is written. Matches copy within it by pointer (appending a slice of
    /// an array to itself would copy the whole array each time: quadratic).
    struct Output {
        var storage: [UInt8]
        var count = 0
        let limit: Int

        init(capacity: Int, limit: Int) {
            storage = [UInt8](repeating: 0, count: capacity)
            self.limit = limit
        }

        /// Makes room for `n` more bytes, or fails past the limit.
        mutating func reserve(_ n: Int) throws(Failure) {
            guard count + n > storage.count else { return }
            guard count + n <= limit else { throw .tooLarge(limit: limit) }
            let grown = min(max(storage.count * 2, count + n), limit)
            storage += repeatElement(0, count: grown - storage.count)
        }

        consuming func finish() -> [UInt8] {
            storage.removeSubrange(count...)
            return storage
        }
    }

    // MARK: Bits

    struct BitReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var buffer: UInt64 = 0
        var count = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Fills the buffer to at least 56 bits where the input allows: eight bytes in one load
        /// while eight remain, then byte by byte.
        @inline(__always)
        mutating func refill() {
            if position + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self))
                buffer |= word << UInt64(count)
                position += (63 - count) >> 3
                count |= 56
                return
            }
            while count <= 56, position < bytes.count {
                buffer |= UInt64(bytes[position]) << UInt64(count)
                position += 1
                count += 8
            }
        }

        /// The next `n` bits (n ≤ 32), least significant first.
        @inline(__always)
        mutating func bits(_ n: Int) throws(Failure) -> Int {
            if count < n {
                refill()
                guard count >= n else { throw .truncated }
            }
            let value = Int(truncatingIfNeeded: buffer & ((1 << UInt64(n)) - 1))
            buffer >>= UInt64(n)
            count -= n
            return value
        }

        /// Drops the bits up to the next byte boundary.
        mutating func alignToByte() {
            let drop = count & 7
            buffer >>= UInt64(drop)
            count -= drop
        }
    }

    // MARK: Huffman codes

    /// A canonical Huffman code as a lookup table: entry = symbol << 4 | code length, 0 where
    /// no code reaches.
    struct Code {
        var table: [UInt16]
        var bits: Int

        /// The code of a list of code lengths (0: the symbol has no code).
        init(lengths: [Int]) throws(Failure) {
            var counts = [Int](repeating: 0, count: 16)
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            // Over-subscribed code lengths make no prefix code.
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw .invalidCodeLengths }
            }
            let maxLength = (1...15).last { counts[$0] > 0 } ?? 1
            bits = maxLength
            table = [UInt16](repeating: 0, count: 1 << maxLength)
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for length in 1...15 {
                code = (code + counts[length - 1]) << 1
                next[length] = code
            }
            for (symbol, length) in lengths.enumerated() where length > 0 {
                let value = next[length]
                next[length] += 1
                // Reversed: the first bit of the code is the lowest of the index.
                var reversed = 0
                for k in 0..<length where value & (1 << (length - 1 - k)) != 0 { reversed |= 1 << k }
                let entry = UInt16(symbol << 4 | length)
                var index = reversed
                while index < table.count {
                    table[index] = entry
                    index += 1 << length
                }
            }
        }

        /// The next symbol.
        @inline(__always)
        func decode(_ reader: inout BitReader) throws(Failure) -> Int {
            try table.withUnsafeBufferPointer { (table) throws(Failure) in try Code.decode(table, bits: bits, &reader) }
        }

        /// The next symbol, by a table as a pointer (the inner loop's).
        @inline(__always)
        static func decode(_ table: UnsafeBufferPointer<UInt16>, bits: Int, _ reader: inout BitReader) throws(Failure) -> Int {
            if reader.count < bits { reader.refill() }
            let entry = Int(table[Int(truncatingIfNeeded: reader.buffer & UInt64((1 << bits) - 1))])
            let length = entry & 15
            // No code (an incomplete code's gap), or a code longer than the bits left.
            guard length > 0 else { throw reader.count < bits ? .truncated : .invalidSymbol }
            guard length <= reader.count else { throw .truncated }
            reader.buffer >>= UInt64(length)
            reader.count -= length
            return entry >> 4
        }
    }

    private static let fixedLiterals: Code = {
        var lengths = [Int](repeating: 8, count: 288)
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        return try! Code(lengths: lengths)
    }()
    private static let fixedDistances = try! Code(lengths: [Int](repeating: 5, count: 30))

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                     67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order code-length code lengths come in.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    // MARK: Blocks

    private static func stored(_ reader: inout BitReader, into output: inout Output) throws(Failure) {
        reader.alignToByte()
        let length = try reader.bits(16)
        let complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        try output.reserve(length)
        // Whole bytes still in the buffer first, then straight from the input.
        var left = length
        while left > 0, reader.count >= 8 {
            output.storage[output.count] = UInt8(truncatingIfNeeded: reader.buffer)
            output.count += 1
            reader.buffer >>= 8
            reader.count -= 8
            left -= 1
        }
        guard reader.position + left <= reader.bytes.count else { throw .truncated }
        // The buffer is empty here when bytes are left, but may still hold bits of bytes a wide
        // refill loaded and did not count (the next refill ORs the same bytes in again): the
        // jump past this block's bytes would make them stale.
        if left > 0 { reader.buffer = 0 }
        output.storage.replaceSubrange(output.count..<output.count + left, with: reader.bytes[reader.position..<reader.position + left])
        output.count += left
        reader.position += left
    }

    private static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (Code, Code) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for k in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[k]] = try reader.bits(3) }
        let codeLengths = try Code(lengths: codeLengthLengths)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengths.decode(&reader)
            switch symbol {
            case 0...15:
                lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .invalidCodeLengths }
                lengths += repeatElement(previous, count: 3 + (try reader.bits(2)))
            case 17:
                lengths += repeatElement(0, count: 3 + (try reader.bits(3)))
            default:
                lengths += repeatElement(0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] > 0 else { throw .invalidCodeLengths }
        return (try Code(lengths: Array(lengths[..<literalCount])), try Code(lengths: Array(lengths[literalCount...])))
    }

    /// A block's symbols, decoded into `output`, which is grown (outside the pointer's scope)
    /// whenever fewer than a longest match's bytes are left.
    private static func huffman(_ reader: inout BitReader, literals: Code, distances: Code, into output: inout Output) throws(Failure) {
        while true {
            if output.storage.count - output.count < 258 + 8 {
                // Up to the limit at most: there the byte-exact checks below decide.
                try output.reserve(min(258 + 8, output.limit - output.count))
            }
            let room = output.storage.count
            let limit = output.limit
            var count = output.count
            let done = try output.storage.withUnsafeMutableBufferPointer { (out) throws(Failure) -> Bool in
                let base = out.baseAddress!
                return try literals.table.withUnsafeBufferPointer { (lit) throws(Failure) -> Bool in
                    try distances.table.withUnsafeBufferPointer { (dist) throws(Failure) -> Bool in
                        // Until the block ends, or the room left may not hold a longest match.
                        while room - count >= 258 + 8 || room == limit {
                            let symbol = try Code.decode(lit, bits: literals.bits, &reader)
                            if symbol < 256 {
                                guard count < min(room, limit) else { throw .tooLarge(limit: limit) }
                                base[count] = UInt8(truncatingIfNeeded: symbol)
                                count += 1
                                continue
                            }
                            if symbol == 256 { return true }
                            let index = symbol - 257
                            guard index < 29 else { throw .invalidSymbol }
                            let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
                            let distanceSymbol = try Code.decode(dist, bits: distances.bits, &reader)
                            guard distanceSymbol < 30 else { throw .invalidSymbol }
                            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
                            guard distance <= count else { throw .distanceTooFar }
                            guard count + length <= limit else { throw .tooLarge(limit: limit) }
                            var from = base + count - distance
                            var to = base + count
                            let end = to + length
                            if distance >= 8, count + length + 8 <= room {
                                // Eight bytes at a time: each load reads bytes already written
                                // (distance ≥ 8), and the last store may spill into the slack.
                                repeat {
                                    UnsafeMutableRawPointer(to).storeBytes(of: UnsafeRawPointer(from).loadUnaligned(as: UInt64.self), as: UInt64.self)
                                    from += 8
                                    to += 8
                                } while to < end
                            } else {
                                // Overlapping: the bytes repeat with period `distance`.
                                while to < end {
                                    to.pointee = from.pointee
                                    to += 1
                                    from += 1
                                }
                            }
                            count += length
                        }
                        return false
                    }
                }
            }
            output.count = count
            if done { return }
        }
    }
}
