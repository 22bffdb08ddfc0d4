/// The declaration of one positional argument, such as the `FILE` a command reads.
///
/// Required arguments come first, then optional ones; only the last may be variadic.
struct ArgumentSpec: Sendable {
    /// The placeholder shown in usage and help, such as `FILE`.
    var name: String
    /// One sentence for the ARGUMENTS section.
    var help: String
    /// Whether the command runs without it.
    var isOptional: Bool = false
    /// Whether it takes every remaining positional argument.
    var isVariadic: Bool = false

    /// The argument as it appears in a usage line: `FILE`, `[FILE]`, `FILE ...` or `[FILE ...]`.
    var usage: String {
        let base = isVariadic ? "\(name) ..." : name
        return isOptional ? "[\(base)]" : base
    }
}
