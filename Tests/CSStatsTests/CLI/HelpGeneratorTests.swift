import Testing
@testable import cs_stats

/// A subcommand with every section, a long option label and help long enough to wrap.
private let view = CommandSpec(
    name: "view",
    abstract: "Show a survey table.",
    discussion: """
        Reads a table of the MEXT community-school survey and prints it in the chosen format. \
        Reads standard input when FILE is missing or '-'.

        Prefecture names are matched as published, for example 東京都.
        """,
    arguments: [ArgumentSpec(name: "FILE", help: "The table to read.", isOptional: true)],
    options: [
        OptionSpec(
            names: ["-f", "--format"], valueName: "format",
            allowedValues: ["table", "csv", "tsv", "json", "markdown"], defaultValue: "table",
            help: "Output format."),
        OptionSpec(names: ["-o", "--output"], valueName: "FILE", help: "Write to FILE instead of standard output."),
        OptionSpec(
            names: ["-c", "--column"], valueName: "NAME", isRepeatable: true,
            help: "Keep only this column; give the option again for each further column to keep, in order."),
        OptionSpec(names: ["--thousands-separator"], valueName: "CHAR", help: "Group digits."),
    ],
    examples: [
        (command: "cs-stats view data.csv", explanation: "Show data.csv as an aligned table."),
        (command: "cs-stats view -f json - < data.csv", explanation: "Read standard input, write JSON."),
    ])

private let root = CommandSpec(
    name: "cs-stats",
    abstract: "Statistics for Japan's MEXT community-school survey.",
    subcommands: [view, CommandSpec(name: "summary", abstract: "Summarise adoption by prefecture.")])

@Test func subcommandHelp() {
    #expect(HelpGenerator.help(for: view) == """
        OVERVIEW: Show a survey table.

        Reads a table of the MEXT community-school survey and prints it in the chosen
        format. Reads standard input when FILE is missing or '-'.

        Prefecture names are matched as published, for example 東京都.

        USAGE: cs-stats view [<options>] [FILE]

        ARGUMENTS:
          FILE                    The table to read.

        OPTIONS:
          -f, --format <format>   Output format. (values: table, csv, tsv, json,
                                  markdown; default: table)
          -o, --output <FILE>     Write to FILE instead of standard output.
          -c, --column <NAME> ...
                                  Keep only this column; give the option again for each
                                  further column to keep, in order.
          --thousands-separator <CHAR>
                                  Group digits.
          -h, --help              Show help information.

        EXAMPLES:
          cs-stats view data.csv
              Show data.csv as an aligned table.

          cs-stats view -f json - < data.csv
              Read standard input, write JSON.

        """)
}

@Test func rootHelpListsSubcommands() {
    #expect(HelpGenerator.help(for: root) == """
        OVERVIEW: Statistics for Japan's MEXT community-school survey.

        USAGE: cs-stats <subcommand>

        OPTIONS:
          -h, --help              Show help information.

        SUBCOMMANDS:
          view                    Show a survey table.
          summary                 Summarise adoption by prefecture.

          See 'cs-stats help <subcommand>' for detailed help.

        """)
}

@Test(arguments: [
    (view, "cs-stats view [<options>] [FILE]"),
    (root, "cs-stats <subcommand>"),
    (
        CommandSpec(
            name: "merge", abstract: "",
            arguments: [
                ArgumentSpec(name: "OUT", help: ""),
                ArgumentSpec(name: "FILE", help: "", isVariadic: true),
            ]),
        "cs-stats merge OUT FILE ..."
    ),
])
func usageLine(command: CommandSpec, expected: String) {
    #expect(HelpGenerator.usageLine(for: command) == expected)
}

@Test func errorTextForASubcommand() {
    let error = UsageError.unknownOption("--fromat", suggestion: "--format", position: 0)
    #expect(HelpGenerator.errorText(for: error, command: view) == """
        Error: unknown option '--fromat'. Did you mean '--format'?
        Usage: cs-stats view [<options>] [FILE]
          See 'cs-stats view --help' for more information.

        """)
}

@Test func errorTextForTheRoot() throws {
    let error = try #require(throws: UsageError.self) {
        try ArgumentParser.parse(["sumary"], for: root)
    }
    #expect(HelpGenerator.errorText(for: error, command: root) == """
        Error: unknown subcommand 'sumary'. Did you mean 'summary'?
        Usage: cs-stats <subcommand>
          See 'cs-stats --help' for more information.

        """)
}

@Test(arguments: [
    ("", 80, 0, ""),
    ("one two three", 7, 0, "one two\nthree"),
    ("one two three", 6, 0, "one\ntwo\nthree"),
    ("a b\n\nc", 8, 4, "    a b\n\n    c"),
    ("a b", 6, 4, "    a\n    b"),
    ("unbreakable word", 5, 0, "unbreakable\nword"),
])
func wrap(text: String, width: Int, indent: Int, expected: String) {
    #expect(HelpGenerator.wrap(text, width: width, indent: indent) == expected)
}

@Test func wrappingCountsTerminalColumns() {
    // Each word is five kanji, ten columns: two cannot share a 12-column line (10 + 1 + 10),
    // though as characters (5 + 1 + 5 = 11) they would.
    #expect(HelpGenerator.wrap("学校運営協 地域学校協", width: 12, indent: 0) == "学校運営協\n地域学校協")
    #expect(HelpGenerator.wrap("ab cd", width: 12, indent: 2) == "  ab cd")
}
