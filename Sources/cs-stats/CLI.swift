import CSStats

/// The command line: dispatches to a subcommand and turns errors into messages and exit codes.
enum CLI {
    /// Every subcommand, in the order `--help` lists them.
    static var commands: [any Command.Type] { [
        ViewCommand.self,
        SummaryCommand.self,
        AggregateCommand.self,
        TableCommand.self,
        GrowthCommand.self,
        OverlapCommand.self,
        CheckCommand.self,
        DenominatorsCommand.self,
        ChartCommand.self,
        ReportCommand.self,
        CompletionsCommand.self,
    ] }

    static let root = CommandSpec(
        name: "cs-stats",
        abstract: "Statistics of Japan's community-school survey (コミュニティ・スクール, 地域学校協働本部).",
        discussion: """
            Reads the tables MEXT publishes (CSV or TSV, UTF-8 or Shift_JIS, as printed with \
            thousands separators, percent signs and 合計 rows) and prints, checks and derives them \
            exactly: rates are exact ratios, rounded half up (四捨五入) once, when printed.
            """,
        options: [
            OptionSpec(names: ["--version"], help: "Show the version and the vintage of the built-in data."),
            OptionSpec(names: ["--man"], help: "Print the manual page (roff; read it with 'cs-stats --man | man -l -')."),
        ],
        subcommands: commands.map { $0.spec }
    )

    /// Runs the command line.
    ///
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - console: where output goes.
    /// - Returns: the exit code.
    static func run(arguments: [String], console: Console) -> Int32 {
        let language = console.messageLanguage
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, for: root)
        } catch {
            console.err(HelpGenerator.errorText(for: error, command: root, language: language))
            return ExitCode.usage
        }
        if parsed.flag("version") {
            console.out("cs-stats \(CSStatsVersion.string)\nbuilt-in data:\n" + CSStatsVersion.builtInData.map { "  \($0)\n" }.joined())
            return ExitCode.success
        }
        if parsed.flag("man") {
            console.out(ManPage.page(root: root, version: CSStatsVersion.string))
            return ExitCode.success
        }
        guard let name = parsed.subcommand, let command = commands.first(where: { $0.spec.name == name }) else {
            console.out(HelpGenerator.help(for: root, language: language))
            return ExitCode.success
        }
        if parsed.wantsHelp {
            console.out(HelpGenerator.help(for: command.spec, language: language))
            return ExitCode.success
        }
        let subArguments: ParsedArguments
        do {
            subArguments = try ArgumentParser.parse(parsed.subcommandArguments, for: command.spec)
        } catch {
            console.err(HelpGenerator.errorText(for: error, command: command.spec, language: language))
            return ExitCode.usage
        }
        if subArguments.wantsHelp {
            console.out(HelpGenerator.help(for: command.spec, language: language))
            return ExitCode.success
        }
        do {
            return try command.run(subArguments, console: console)
        } catch let error as UsageError {
            console.err(HelpGenerator.errorText(for: error, command: command.spec, language: language))
            return ExitCode.usage
        } catch let error as ReadError {
            console.err(Japanese.described(error, language) + "\n")
            if case .cannotOpen = error { return ExitCode.noInput }
            return ExitCode.dataError
        } catch let error as CommandError where error.exitCode == ExitCode.usage {
            // A bad option value found while running reads like any other usage error.
            console.err(HelpGenerator.errorText(message: error.message, command: command.spec, language: language))
            return error.exitCode
        } catch let error as CommandError {
            console.err("\(error)\n")
            return error.exitCode
        } catch {
            console.err("error: \(error)\n")
            return ExitCode.dataError
        }
    }
}
