import ToCSupport

/// The cores the command line spreads work over (a folder's files, a long report): ToCSupport's.
typealias Cores = ToCSupport.Cores
