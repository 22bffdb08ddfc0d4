/// Process exit codes, following sysexits(3) where one fits.
enum ExitCode {
    /// Success; for `check`, no error findings.
    static let success: Int32 = 0
    /// `check` found an error (or, with `--strict`, a warning).
    static let findings: Int32 = 1
    /// The command line was wrong (EX_USAGE).
    static let usage: Int32 = 64
    /// The input could be read but is malformed (EX_DATAERR).
    static let dataError: Int32 = 65
    /// The input could not be opened (EX_NOINPUT).
    static let noInput: Int32 = 66
    /// The output could not be written (EX_CANTCREAT).
    static let cannotCreate: Int32 = 73
}
