extension Environment {
  /// The first of `names` that is a file in a folder of `PATH`, as a shell would find it.
  func program(named names: [String]) -> String? {
    let folders = (variables["PATH"] ?? "").split(separator: ":")
    for name in names {
      if let found = folders.lazy.map({ "\($0)/\(name)" }).first(where: { files.kind($0) == .file })
      {
        return found
      }
    }
    return nil
  }
}
