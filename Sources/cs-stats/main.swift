#if canImport(Glibc)
import Glibc
#endif

exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .live()))
