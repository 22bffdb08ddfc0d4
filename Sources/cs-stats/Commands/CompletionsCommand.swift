/// `cs-stats completions`: a shell completion script, generated from the commands' specs.
enum CompletionsCommand: Command {
    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a completion script for bash, zsh or fish.",
        discussion: """
            The script completes subcommands, options, the values an option allows (--format \
            <TAB>) and file names where a command takes a file. It is generated from the same \
            declarations that parse the command line, so it offers exactly what cs-stats accepts.
            """,
        arguments: [ArgumentSpec(name: "SHELL", help: "bash, zsh or fish.")],
        examples: [
            ("source <(cs-stats completions bash)", "Complete cs-stats in this bash session (add the line to ~/.bashrc to keep it)."),
            ("cs-stats completions zsh > ~/.zfunc/_cs-stats", "For zsh: a folder in $fpath (here ~/.zfunc, with 'fpath+=~/.zfunc' before compinit in ~/.zshrc)."),
            ("cs-stats completions fish > ~/.config/fish/completions/cs-stats.fish", "For fish."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let name = arguments.positionals[0]
        guard let shell = CompletionScript.Shell(rawValue: name) else {
            throw CommandError(message: "SHELL is bash, zsh or fish; found '\(name)'", exitCode: ExitCode.usage)
        }
        console.out(CompletionScript.script(for: shell, root: CLI.root))
        return ExitCode.success
    }
}
