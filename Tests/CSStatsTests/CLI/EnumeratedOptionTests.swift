import CSStats
import Testing
@testable import cs_stats

/// The enumerated options the commands read, in one command, so each can be parsed as typed.
private let command = CommandSpec(
    name: "typed", abstract: "Typed options.",
    options: [CommonOptions.format.spec, CommonOptions.lang.spec, CommonOptions.encoding.spec,
              CommonOptions.measure.spec, CommonOptions.dimension.spec, TableCommand.order.spec])

@Test func anAbsentOptionReadsAsItsDefault() throws {
    let parsed = try ArgumentParser.parse([], for: command)
    #expect(parsed.value(CommonOptions.format) == .table)
    #expect(parsed.givenValue(CommonOptions.format) == nil)
    #expect(parsed.value(CommonOptions.lang) == .japanese)
    #expect(parsed.value(CommonOptions.encoding) == nil)
    #expect(parsed.value(CommonOptions.measure) == .cs)
    #expect(parsed.value(CommonOptions.dimension) == nil)
    #expect(parsed.value(TableCommand.order) == .code)
}

@Test func aGivenOptionReadsAsItsCaseAndTheLastOneWins() throws {
    let parsed = try ArgumentParser.parse(
        ["-f", "csv", "--format=markdown", "--lang", "en", "--encoding", "shift_jis", "--measure", "similar",
         "--by", "prefecture", "--sort", "rate"], for: command)
    #expect(parsed.value(CommonOptions.format) == .markdown)
    #expect(parsed.givenValue(CommonOptions.format) == .markdown)
    #expect(parsed.value(CommonOptions.lang) == .english)
    #expect(parsed.value(CommonOptions.encoding) == .shiftJIS)
    #expect(parsed.value(CommonOptions.measure) == .similar)
    #expect(parsed.value(CommonOptions.dimension) == .prefecture)
    #expect(parsed.value(TableCommand.order) == .rate)
}

@Test func autoIsNoEncoding() throws {
    let parsed = try ArgumentParser.parse(["--encoding", "utf-8", "--encoding", "auto"], for: command)
    #expect(parsed.value(CommonOptions.encoding) == nil)
}

@Test func helpListsTheChoicesAndTheDefaultsName() {
    #expect(CommonOptions.measure.spec.allowedValues == ["cs", "hq", "both", "similar"])
    #expect(CommonOptions.measure.spec.defaultValue == "cs")
    #expect(CommonOptions.encoding.spec.allowedValues == ["auto", "utf-8", "shift_jis"])
    #expect(CommonOptions.encoding.spec.defaultValue == "auto")
    // No choice stands for "not given": help shows no default.
    #expect(CommonOptions.dimension.spec.allowedValues == ["school-type", "prefecture"])
    #expect(CommonOptions.dimension.spec.defaultValue == nil)
    #expect(CheckCommand.format.spec.allowedValues == ["text", "json", "github"])
}

@Test func aNameThatIsNoChoiceIsAUsageErrorWithTheNearest() {
    #expect(throws: UsageError.invalidValue(
        "hqq", option: "--measure", allowed: ["cs", "hq", "both", "similar"], suggestion: "hq", position: 0)
    ) { try ArgumentParser.parse(["--measure", "hqq"], for: command) }
    #expect(throws: UsageError.invalidValue(
        "pref", option: "--by", allowed: ["school-type", "prefecture"], suggestion: nil, position: 0)
    ) { try ArgumentParser.parse(["--by", "pref"], for: command) }
}

@Test(arguments: [
    ("out.csv", OutputFormat.csv), ("OUT.TSV", .tsv), ("a.tab", .tsv), ("a.json", .json), ("a.md", .markdown),
    ("a.markdown", .markdown), ("map.SVG", .svg), ("a.txt", nil), ("-", nil), ("csv", nil),
] as [(String, OutputFormat?)])
func aFileExtensionNamesAFormat(path: String, format: OutputFormat?) {
    #expect(OutputFormat(path: path) == format)
}

@Test func tablesMarkdownAndPicturesAreForPeople() {
    #expect(OutputFormat.allCases.filter(\.isForDisplay) == [.table, .markdown, .svg])
}

@Test func onlyTheCommandsThatDrawOfferSVG() {
    #expect(CommonOptions.format.spec.allowedValues == ["table", "csv", "tsv", "json", "markdown"])
    #expect(CommonOptions.formatWithSVG.spec.allowedValues == ["table", "csv", "tsv", "json", "markdown", "svg"])
}
