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
    /// Environment variables (for `NO_COLOR`).
    let environment: [String: String]
    /// Whether standard output is a terminal, for colour.
    let outputIsTerminal: Bool
    private var input: [UInt8]?

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
        return Console(isLive: true, environment: environment, outputIsTerminal: isatty(1) == 1, input: nil)
    }

    /// A console that captures output, for tests.
    static func captured(input: [UInt8] = [], environment: [String: String] = [:], terminal: Bool = false) -> Console {
        Console(isLive: false, environment: environment, outputIsTerminal: terminal, input: input)
    }

    private init(isLive: Bool, environment: [String: String], outputIsTerminal: Bool, input: [UInt8]?) {
        self.isLive = isLive
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
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

    /// Reads all of standard input (once: later calls get the same bytes).
    func readStandardInput() throws(ReadError) -> [UInt8] {
        if let input { return input }
        let bytes = try FileByteSource().readAll()
        input = bytes
        return bytes
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
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
