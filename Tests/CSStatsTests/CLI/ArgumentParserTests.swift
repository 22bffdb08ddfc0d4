import Testing
@testable import cs_stats

/// A command with one of each kind of declaration.
private let view = CommandSpec(
    name: "view",
    abstract: "Show a survey table.",
    arguments: [ArgumentSpec(name: "FILE", help: "The table to read.", isOptional: true)],
    options: [
        OptionSpec(
            names: ["-f", "--format"], valueName: "format",
            allowedValues: ["table", "csv", "tsv", "json", "markdown"], defaultValue: "table",
            help: "Output format."),
        OptionSpec(names: ["-o", "--output"], valueName: "FILE", help: "Write here."),
        OptionSpec(
            names: ["-c", "--column"], valueName: "NAME", isRepeatable: true, help: "Keep a column."),
        OptionSpec(names: ["-q", "--quiet"], help: "Print no warnings."),
    ])

private let compare = CommandSpec(
    name: "compare", abstract: "Compare two tables.",
    arguments: [
        ArgumentSpec(name: "OLD", help: "The earlier table."),
        ArgumentSpec(name: "NEW", help: "The later table."),
    ])

private let merge = CommandSpec(
    name: "merge", abstract: "Merge tables.",
    arguments: [ArgumentSpec(name: "FILE", help: "Tables to merge.", isVariadic: true)])

private let root = CommandSpec(
    name: "cs-stats", abstract: "Statistics.", subcommands: [view, compare, merge])

@Test func optionKeyIsTheLastLongName() {
    #expect(OptionSpec(names: ["-o", "--out", "--output"], help: "").key == "output")
    #expect(OptionSpec(names: ["-o"], help: "").key == "o")
}

@Test(arguments: [
    ["--output", "out.csv"], ["--output=out.csv"], ["-o", "out.csv"], ["-oout.csv"],
    ["-o", "first.csv", "--output", "out.csv"],
])
func valueForms(arguments: [String]) throws {
    let parsed = try ArgumentParser.parse(arguments, for: view)
    #expect(parsed.value("output") == "out.csv")
    #expect(parsed.positionals.isEmpty)
}

@Test func defaultsApplyWhenAnOptionIsAbsent() throws {
    let parsed = try ArgumentParser.parse([], for: view)
    #expect(parsed.value("format") == "table")
    #expect(parsed.value("output") == nil)
    #expect(parsed.values("column") == [])
    #expect(!parsed.flag("quiet"))
    #expect(!parsed.wantsHelp)
}

@Test func flagsRepeatablesAndPositionals() throws {
    let parsed = try ArgumentParser.parse(
        ["-q", "data.csv", "-c", "a", "--column=b", "--format", "json"], for: view)
    #expect(parsed.flag("quiet"))
    #expect(parsed.values("column") == ["a", "b"])
    #expect(parsed.value("format") == "json")
    #expect(parsed.positionals == ["data.csv"])
}

@Test func aNegativeNumberIsAnOptionsValue() throws {
    // No short option is a digit: "-1" and "-0.5" are values the command can refuse by name.
    #expect(try ArgumentParser.parse(["-o", "-1"], for: view).value("output") == "-1")
    #expect(try ArgumentParser.parse(["--output", "-0.5", "a.csv"], for: view).value("output") == "-0.5")
    // A word that only starts with a digit after the dash, or no digit at all, is still an option.
    #expect(throws: UsageError.missingValue(option: "-o", position: 0)) { try ArgumentParser.parse(["-o", "-q"], for: view) }
    #expect(throws: UsageError.missingValue(option: "-o", position: 0)) { try ArgumentParser.parse(["-o", "-1x"], for: view) }
}

@Test func loneDashIsStandardInput() throws {
    #expect(try ArgumentParser.parse(["-", "-q"], for: view).positionals == ["-"])
}

@Test func doubleDashEndsOptions() throws {
    let parsed = try ArgumentParser.parse(["-q", "--", "--format"], for: view)
    #expect(parsed.positionals == ["--format"])
    #expect(parsed.value("format") == "table")
}

@Test(arguments: [["-h"], ["--help"], ["--fromat", "-h"], ["a", "b", "c", "--help"], ["-f", "jsn", "-h"]])
func helpAnywhereSkipsValidation(arguments: [String]) throws {
    #expect(try ArgumentParser.parse(arguments, for: view).wantsHelp)
}

@Test(arguments: [
    (["--fromat", "csv"], UsageError.unknownOption("--fromat", suggestion: "--format", position: 0)),
    (["-q", "--fromat=csv"], .unknownOption("--fromat", suggestion: "--format", position: 1)),
    (["--zzz"], .unknownOption("--zzz", suggestion: nil, position: 0)),
    (["-x"], .unknownOption("-x", suggestion: nil, position: 0)),
    (["-qv"], .unknownOption("-qv", suggestion: nil, position: 0)),
    (["--output"], .missingValue(option: "--output", position: 0)),
    (["-o", "--quiet"], .missingValue(option: "-o", position: 0)),
    (["-o", "--", "x"], .missingValue(option: "-o", position: 0)),
    (
        ["--format", "jsn"],
        .invalidValue(
            "jsn", option: "--format", allowed: ["table", "csv", "tsv", "json", "markdown"],
            suggestion: "json", position: 0)
    ),
    (["--quiet=yes"], .unexpectedValue("yes", flag: "--quiet", position: 0)),
    (["a.csv", "-q", "b.csv"], .unexpectedArgument("b.csv", position: 2)),
])
func viewErrors(arguments: [String], expected: UsageError) {
    #expect(throws: expected) { try ArgumentParser.parse(arguments, for: view) }
}

@Test func firstErrorWins() {
    #expect(throws: UsageError.unknownOption("--zzz", suggestion: nil, position: 0)) {
        try ArgumentParser.parse(["--zzz", "--output"], for: view)
    }
}

@Test func requiredArguments() throws {
    #expect(throws: UsageError.missingArgument("OLD")) { try ArgumentParser.parse([], for: compare) }
    #expect(throws: UsageError.missingArgument("NEW")) { try ArgumentParser.parse(["a"], for: compare) }
    #expect(try ArgumentParser.parse(["a", "b"], for: compare).positionals == ["a", "b"])
    #expect(throws: UsageError.missingArgument("FILE")) { try ArgumentParser.parse([], for: merge) }
    #expect(try ArgumentParser.parse(["a", "b", "c"], for: merge).positionals == ["a", "b", "c"])
}

@Test func subcommandTakesTheRestUnparsed() throws {
    let parsed = try ArgumentParser.parse(["view", "--fromat", "--help"], for: root)
    #expect(parsed.subcommand == "view")
    #expect(parsed.subcommandArguments == ["--fromat", "--help"])
    #expect(!parsed.wantsHelp)
}

@Test(arguments: [
    ([], nil, false), (["help"], nil, true), (["help", "view"], "view", true),
    (["--help"], nil, true), (["-h", "view", "--zzz"], "view", true),
] as [([String], String?, Bool)])
func rootHelp(arguments: [String], subcommand: String?, wantsHelp: Bool) throws {
    let parsed = try ArgumentParser.parse(arguments, for: root)
    #expect(parsed.subcommand == subcommand)
    #expect(parsed.wantsHelp == wantsHelp)
}

@Test(arguments: [
    (["sumary"], UsageError.unknownSubcommand("sumary", suggestion: nil, position: 0)),
    (["vew", "x"], .unknownSubcommand("vew", suggestion: "view", position: 0)),
    (["help", "merg"], .unknownSubcommand("merg", suggestion: "merge", position: 1)),
    (["help", "view", "extra", "--zzz"], .unexpectedArgument("extra", position: 2)),
])
func rootErrors(arguments: [String], expected: UsageError) {
    #expect(throws: expected) { try ArgumentParser.parse(arguments, for: root) }
}

@Test(arguments: [
    (
        UsageError.unknownOption("--fromat", suggestion: "--format", position: 0),
        "unknown option '--fromat'. Did you mean '--format'?"
    ),
    (.unknownOption("-x", suggestion: nil, position: 0), "unknown option '-x'"),
    (.missingValue(option: "--output", position: 0), "missing value for option '--output'"),
    (
        .invalidValue(
            "jsn", option: "--format", allowed: ["table", "csv", "tsv", "json", "markdown"],
            suggestion: "json", position: 1),
        "option '--format' expects one of table, csv, tsv, json, markdown; found 'jsn'. Did you mean 'json'?"
    ),
    (
        .invalidValue("x", option: "-f", allowed: ["csv", "tsv"], suggestion: nil, position: 1),
        "option '-f' expects one of csv, tsv; found 'x'"
    ),
    (.unexpectedValue("yes", flag: "--quiet", position: 0), "option '--quiet' takes no value; found 'yes'"),
    (.missingArgument("FILE"), "missing argument FILE"),
    (.unexpectedArgument("x", position: 3), "unexpected argument 'x'"),
    (
        .unknownSubcommand("vew", suggestion: "view", position: 0),
        "unknown subcommand 'vew'. Did you mean 'view'?"
    ),
])
func errorMessages(error: UsageError, message: String) {
    #expect(error.description == message)
}
