import CSStats
#if canImport(Glibc)
import Glibc
#endif

/// The streams, environment and terminal facts a command runs with.
///
/// Commands never touch the process's streams directly, so tests run them in-process with
/// captured output and a given standard input.
final class Console {
    private(set) var standardOutput = ""
    private(set) var standardError = ""
    /// Whether output goes straight to the process (else it is captured for tests).
    let isLive: Bool
    /// Environment variables (for `NO_COLOR`, and the locale: `messageLanguage`).
    let environment: [String: String]
    /// The language of help and messages, from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    var messageLanguage: MessageLanguage { MessageLanguage(environment: environment) }
    /// Whether standard output is a terminal, for colour.
    let outputIsTerminal: Bool
    /// Whether standard input is a terminal: no file was piped in, and reading it would wait
    /// for someone to type.
    let inputIsTerminal: Bool
    private var input: [UInt8]?
    /// Workbooks' chosen sheets as CSV, by path: read once a run, however many times asked.
    var workbookSheets: [String: InputLoader.WorkbookSheet] = [:]
    /// Up to how many bytes a table is read whole, and how many records of a larger one are
    /// recognised before the rest is streamed (tests lower them).
    var streamLimits = (wholeBytes: TableStream.wholeBytes, headRecords: TableStream.headRecords)

    /// A console on the process's own streams.
    static func live() -> Console {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                environment[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            pointer += 1
        }
        return Console(isLive: true, environment: environment, outputIsTerminal: isatty(1) == 1, inputIsTerminal: isatty(0) == 1, input: nil)
    }

    /// A console that captures output, for tests.
    static func captured(input: [UInt8] = [], environment: [String: String] = [:], terminal: Bool = false, inputIsTerminal: Bool = false) -> Console {
        Console(isLive: false, environment: environment, outputIsTerminal: terminal, inputIsTerminal: inputIsTerminal, input: input)
    }

    private init(isLive: Bool, environment: [String: String], outputIsTerminal: Bool, inputIsTerminal: Bool, input: [UInt8]?) {
        self.isLive = isLive
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.input = input
    }

    /// Writes to standard output.
    func out(_ text: String) {
        if isLive { Console.write(text, to: 1) } else { standardOutput += text }
    }

    /// Writes to standard error.
    func err(_ text: String) {
        if isLive { Console.write(text, to: 2) } else { standardError += text }
    }

    /// Writes bytes (UTF-8 text) to standard output.
    func out(bytes: [UInt8]) {
        if isLive {
            bytes.withUnsafeBufferPointer { Console.write($0, to: 1) }
        } else {
            standardOutput += String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Standard input as a stream of bytes (what a test gave, when captured).
    func standardInputSource() throws -> ByteSource {
        try refuseTerminalInput()
        if let input { return MemoryByteSource(input) }
        return FileByteSource(standardInput: ())
    }

    /// Stops a command that would wait for typing: no file named, nothing piped in.
    func refuseTerminalInput() throws {
        if inputIsTerminal {
            throw CommandError(message: "no file named and standard input is a terminal: name a file, or pipe one in (… | cs-stats COMMAND -)", exitCode: ExitCode.usage)
        }
    }

    /// Reads all of standard input (once: later calls get the same bytes).
    func readStandardInput() throws -> [UInt8] {
        if let input { return input }
        try refuseTerminalInput()
        let bytes = try FileByteSource().readAll()
        input = bytes
        return bytes
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { write($0, to: descriptor) }
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        do {
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    // A closed pipe (`cs-stats … | head`) ends output quietly.
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }
}
