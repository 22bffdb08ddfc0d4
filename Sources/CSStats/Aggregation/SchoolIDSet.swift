#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// The 64-bit keys (``SchoolIDKey``) of the school ids one worker saw, to find an id counted
/// twice in a year, in memory that does not grow with the file.
///
/// Inserting only appends: a key goes to one of 64 partitions (by a mix of its bits), each
/// with a 2 KB buffer (128 KB in all, which stays in the core's cache); a full buffer is copied
/// whole into the partition's open chunk (16 KB), and a full chunk is kept. The first chunks stay
/// in memory; past ``memoryChunks`` of them (4 MB), chunks are written to an unnamed temporary
/// file (in `TMPDIR`, else /tmp) and read back at the end, so a file of ten million schools
/// needs 80 MB of disk (or page cache) rather than of memory. If no temporary file can be made,
/// chunks stay in memory.
///
/// Duplicates are found at the end (``duplicates(in:)``), partition by partition over every
/// worker's set, in parallel: each partition's keys go into an open-addressing table of its
/// own size. The cost is the same whatever the ids look like: one append per id, one table
/// insert per id at the end.
final class SchoolIDSet {
    static let partitions = 64
    static let chunkKeys = 2048
    /// Keys a partition's buffer holds before they go to its open chunk.
    static let bufferKeys = 256
    /// Chunks kept in memory before the rest go to a temporary file.
    static let memoryChunks = 256

    /// Where a chunk of keys is: in memory, or at an offset in the temporary file.
    private enum Chunk {
        case memory(UnsafeMutablePointer<UInt64>)
        case file(offset: Int)
    }

    private let buffers: UnsafeMutablePointer<UInt64>
    private let filled: UnsafeMutablePointer<Int>
    /// Each partition's open chunk (`chunkKeys` keys) and how many keys it holds.
    private let openChunks: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>
    private let openCount: UnsafeMutablePointer<Int>
    private var chunks: [[Chunk]] = Array(repeating: [], count: SchoolIDSet.partitions)
    /// Keys in the partitions' last chunks, which may be short (`finish`).
    private var lastCounts = [Int](repeating: 0, count: SchoolIDSet.partitions)
    private var inMemory = 0
    private var file: Int32 = -1
    private var fileSize = 0
    private var fileFailed = false
    /// How many keys were inserted.
    private(set) var count = 0
    /// How many chunks went to the temporary file.
    private(set) var chunksOnDisk = 0

    init() {
        buffers = .allocate(capacity: Self.partitions * Self.bufferKeys)
        filled = .allocate(capacity: Self.partitions)
        filled.initialize(repeating: 0, count: Self.partitions)
        openChunks = .allocate(capacity: Self.partitions)
        openChunks.initialize(repeating: nil, count: Self.partitions)
        openCount = .allocate(capacity: Self.partitions)
        openCount.initialize(repeating: 0, count: Self.partitions)
    }

    deinit {
        for list in chunks {
            for case .memory(let p) in list { p.deallocate() }
        }
        for p in 0..<Self.partitions { openChunks[p]?.deallocate() }
        buffers.deallocate()
        filled.deallocate()
        openChunks.deallocate()
        openCount.deallocate()
        if file >= 0 { close(file) }
    }

    /// The partition of a key.
    @inline(__always)
    static func partition(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    /// Adds a key.
    @inline(__always)
    func insert(_ key: UInt64) {
        let p = Self.partition(key)
        let n = filled[p]
        buffers[p &* Self.bufferKeys &+ n] = key
        if n == Self.bufferKeys - 1 {
            flush(p, Self.bufferKeys)
            filled[p] = 0
        } else {
            filled[p] = n &+ 1
        }
        count &+= 1
    }

    /// Stores what is still buffered; call once the worker is done.
    func finish() {
        for p in 0..<Self.partitions {
            if filled[p] > 0 { flush(p, filled[p]) }
            filled[p] = 0
            if openCount[p] > 0 { store(p) }
        }
    }

    /// Moves a partition's buffer (its first `n` keys) into its open chunk, keeping the chunk
    /// when it is full.
    private func flush(_ p: Int, _ n: Int) {
        let chunk = openChunks[p] ?? {
            let made = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.chunkKeys)
            openChunks[p] = made
            return made
        }()
        let held = openCount[p]
        // A buffer is a whole fraction of a chunk: it always fits.
        (chunk + held).update(from: buffers + p * Self.bufferKeys, count: n)
        openCount[p] = held + n
        if held + n == Self.chunkKeys { store(p) }
    }

    /// Keeps a partition's open chunk (its `openCount` keys): in memory (the chunk itself, a
    /// new one is opened) or, past ``memoryChunks``, in the temporary file (the chunk is reused).
    private func store(_ p: Int) {
        guard let keys = openChunks[p] else { return }
        let n = openCount[p]
        if inMemory >= Self.memoryChunks, let offset = write(keys, n) {
            chunks[p].append(.file(offset: offset))
            chunksOnDisk += 1
        } else {
            chunks[p].append(.memory(keys))
            openChunks[p] = nil
            inMemory += 1
        }
        openCount[p] = 0
        lastCounts[p] = n
    }

    /// Appends keys to the temporary file; its offset, or `nil` when there is no file.
    private func write(_ keys: UnsafePointer<UInt64>, _ n: Int) -> Int? {
        if file < 0 {
            guard !fileFailed else { return nil }
            file = Self.temporaryFile()
            guard file >= 0 else { fileFailed = true; return nil }
        }
        let bytes = n * 8
        var done = 0
        while done < bytes {
            let w = pwrite(file, UnsafeRawPointer(keys) + done, bytes - done, off_t(fileSize + done))
            if w <= 0 { fileFailed = true; return nil }
            done += w
        }
        defer { fileSize += bytes }
        return fileSize
    }

    /// An unnamed file in the temporary folder, removed when closed; -1 if none can be made.
    private static func temporaryFile() -> Int32 {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        // O_TMPFILE (a C macro Swift does not import): __O_TMPFILE | O_DIRECTORY.
        let fd = open(folder, 0o20000000 | O_DIRECTORY | O_RDWR, 0o600)
        if fd >= 0 { return fd }
        #endif
        var template = Array("\(folder)/cs-stats-ids-XXXXXX".utf8CString)
        let named = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if named >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        return named
    }

    /// Calls `body` with each chunk of a partition (keys, count); `scratch` holds a chunk read
    /// from the file. `false` if the file could not be read.
    private func forEachChunk(_ p: Int, scratch: UnsafeMutablePointer<UInt64>, _ body: (UnsafePointer<UInt64>, Int) -> Void) -> Bool {
        for (i, chunk) in chunks[p].enumerated() {
            let n = i == chunks[p].count - 1 ? lastCounts[p] : Self.chunkKeys
            switch chunk {
            case .memory(let keys):
                body(keys, n)
            case .file(let offset):
                var done = 0
                while done < n * 8 {
                    let r = pread(file, UnsafeMutableRawPointer(scratch) + done, n * 8 - done, off_t(offset + done))
                    if r <= 0 { return false }
                    done += r
                }
                body(scratch, n)
            }
        }
        return true
    }

    /// The keys inserted more than once over all the sets (each finished), each once, in no
    /// order; `nil` if a temporary file could not be read back.
    static func duplicates(in sets: [SchoolIDSet]) -> Set<UInt64>? {
        let found = UnsafeMutablePointer<Set<UInt64>?>.allocate(capacity: partitions)
        found.initialize(repeating: [], count: partitions)
        defer { found.deinitialize(count: partitions); found.deallocate() }
        let box = SendableBox((sets, found))
        // One table and one chunk buffer per thread, reused from partition to partition.
        let threads = max(1, min(partitions, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let (sets, found) = box.value
            var capacity = 0
            var table: UnsafeMutablePointer<UInt64>? = nil
            let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: chunkKeys)
            defer { table?.deallocate(); scratch.deallocate() }
            for p in stride(from: thread, to: partitions, by: threads) {
                let total = sets.reduce(0) { $0 + $1.chunks[p].count } * chunkKeys
                guard total > 1 else { continue }
                // Open addressing; UInt64.max marks an empty slot (no key is UInt64.max: see SchoolIDKey).
                // Filled to at most a third, so that an insert probes about 1.5 slots: at 60% it
                // was about 3.6, and the whole pass took twice as long (10M ids: 4 MB a thread).
                var size = 1024
                while size < total * 3 { size <<= 1 }
                if size > capacity {
                    table?.deallocate()
                    table = .allocate(capacity: size)
                    capacity = size
                }
                let t = table!
                t.update(repeating: .max, count: size)
                let mask = size - 1
                var result = Set<UInt64>()
                for set in sets {
                    let read = set.forEachChunk(p, scratch: scratch) { keys, n in
                        for i in 0..<n {
                            let key = keys[i]
                            var slot = Int(truncatingIfNeeded: (key &* 0xFF51_AFD7_ED55_8CCD) >> 40) & mask
                            while true {
                                let e = t[slot]
                                if e == .max { t[slot] = key; break }
                                if e == key { result.insert(key); break }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                    if !read { found[p] = nil; break }
                }
                if found[p] != nil { found[p] = result }
            }
        }
        var all = Set<UInt64>()
        for p in 0..<partitions {
            guard let part = found[p] else { return nil }
            all.formUnion(part)
        }
        return all
    }
}

/// Lets work items that touch only their own part of a value run under `concurrentPerform`.
final class SendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
