import Dispatch
import Synchronization
import ToCModel

extension Loader {
  /// Arrows per core below which a file's references are looked up on one: fewer are not worth
  /// starting threads for.
  static let arrowsPerCore = 20_000

  /// The positions in `model.nodes` of each arrow's ends, -1 where no node has that id; looked up
  /// on all cores for a large file, since the index is only read.
  func positions(of arrows: [Arrow], prefix: String) -> [(from: Int32, to: Int32)] {
    let parts = min(8, arrows.count / Self.arrowsPerCore)
    guard parts > 1 else { return Self.positions(of: arrows[...], prefix: prefix, in: nodeIndex) }
    let found = Mutex([[(from: Int32, to: Int32)]](repeating: [], count: parts))
    let index = nodeIndex
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let range = arrows.count * part / parts..<arrows.count * (part + 1) / parts
      let positions = Self.positions(of: arrows[range], prefix: prefix, in: index)
      found.withLock { $0[part] = positions }
    }
    return found.withLock { $0.flatMap { $0 } }
  }

  static func positions(
    of arrows: ArraySlice<Arrow>, prefix: String, in index: [String: Int]
  ) -> [(from: Int32, to: Int32)] {
    var positions: [(from: Int32, to: Int32)] = []
    positions.reserveCapacity(arrows.count)
    // The arrows of one definition share their source: it is looked up once.
    var last: (id: String, position: Int32)?
    for arrow in arrows {
      let from: Int32
      if let last, last.id == arrow.from.value {
        from = last.position
      } else {
        from = index[qualified(arrow.from.value, prefix)].map { Int32($0) } ?? -1
        last = (arrow.from.value, from)
      }
      positions.append((from, index[qualified(arrow.to.value, prefix)].map { Int32($0) } ?? -1))
    }
    return positions
  }
}
