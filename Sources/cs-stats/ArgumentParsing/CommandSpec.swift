/// The declaration of a command: what it is called, what it takes, and how it is explained.
///
/// One value describes both what the parser accepts and what `--help` prints, so the two
/// cannot drift apart. The root command (`cs-stats`) lists the others as subcommands.
struct CommandSpec: Sendable {
    /// The name typed on the command line, such as `summary`; the root is `cs-stats`.
    var name: String
    /// One line for the OVERVIEW and for the root's SUBCOMMANDS list.
    var abstract: String
    /// Paragraphs printed under the overview; explicit line breaks are kept.
    var discussion: String?
    /// Positional arguments, in order.
    var arguments: [ArgumentSpec]
    /// Declared options; `-h, --help` is added automatically.
    var options: [OptionSpec]
    /// Sample invocations with what they do, for the EXAMPLES section.
    var examples: [(command: String, explanation: String)]
    /// The commands under this one; only the root has any.
    var subcommands: [CommandSpec]

    /// Declares a command.
    init(
        name: String, abstract: String, discussion: String? = nil,
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
        examples: [(command: String, explanation: String)] = [],
        subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.subcommands = subcommands
    }

    /// The declared options followed by `-h, --help`.
    var allOptions: [OptionSpec] { options + [OptionSpec.help] }

    /// The option spelled `name` (`-o` or `--output`), if the command has one.
    func option(named name: String) -> OptionSpec? {
        allOptions.first { $0.names.contains(name) }
    }

    /// The subcommand called `name`, if there is one.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}
