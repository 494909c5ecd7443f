import ToCModel
import ToCSupport

extension Loader {
  /// The positions in `model.nodes` of each arrow's ends, -1 where no node has that id; looked up
  /// on all cores for a large file, since the index is only read.
  func positions(of file: ParsedFile, prefix: String) -> [(from: Int32, to: Int32)] {
    let arrows = file.arrows
    let parts = min(8, arrows.count / Tuning.arrowsPerCore)
    guard parts > 1 else {
      return Self.positions(of: arrows.indices, in: file, prefix: prefix, in: places)
    }
    let index = places
    return Cores.map(parts) { part in
      let range = arrows.count * part / parts..<arrows.count * (part + 1) / parts
      return Self.positions(of: range, in: file, prefix: prefix, in: index)
    }
    .flatMap { $0 }
  }

  static func positions(
    of arrows: Range<Int>, in file: ParsedFile, prefix: String, in index: Places
  ) -> [(from: Int32, to: Int32)] {
    var positions: [(from: Int32, to: Int32)] = []
    positions.reserveCapacity(arrows.count)
    // The arrows of one definition share their start: it is looked up once.
    var last: (start: Int32, position: Int32)?
    for arrow in file.arrows[arrows] {
      let from: Int32
      if let last, last.start == arrow.start {
        from = last.position
      } else {
        from = index.node(qualified(file.start(of: arrow).value, prefix)).map { Int32($0) } ?? -1
        last = (arrow.start, from)
      }
      positions.append(
        (from, index.node(qualified(arrow.to.value, prefix)).map { Int32($0) } ?? -1))
    }
    return positions
  }
}
