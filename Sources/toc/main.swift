import ToCCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let status = CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: .live)
exit(status.rawValue)
