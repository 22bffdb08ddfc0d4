#if canImport(Glibc)
import Glibc
#endif

// A closed pipe (`cs-stats … | head`) must end output quietly with exit 0, not kill the process:
// ignore SIGPIPE so that write(2) returns EPIPE, which Console turns into a quiet exit.
signal(SIGPIPE, SIG_IGN)
exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .live()))
