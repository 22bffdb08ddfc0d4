import CSStats

/// A subcommand: its declaration (for parsing and help) and what it does.
protocol Command {
    /// The name, arguments, options and help text.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments.
    ///
    /// - Returns: the exit code.
    /// - Throws: `ReadError`, `CommandError` or `UsageError`; the runner prints them.
    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32
}
