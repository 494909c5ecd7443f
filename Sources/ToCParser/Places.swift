/// Where each id is defined: a node's or an indicator's position, in one table. The parser fills
/// it while reading (it finds duplicates), the pieces of a large file merge theirs, and the loader
/// keeps the checked file's table as it is, so that each id is hashed once.
struct Places {
  enum Place: Equatable {
    case node(Int)
    case indicator(Int)
  }

  /// A node's position, or an indicator's as `-1 - position`: half the size of a `Place`.
  private var table: [String: Int32] = [:]

  var count: Int { table.count }

  mutating func reserveCapacity(_ count: Int) { table.reserveCapacity(count) }

  subscript(id: String) -> Place? {
    table[id].map(Self.place)
  }

  func node(_ id: String) -> Int? {
    guard let number = table[id], number >= 0 else { return nil }
    return Int(number)
  }

  func indicator(_ id: String) -> Int? {
    guard let number = table[id], number < 0 else { return nil }
    return Int(-1 - number)
  }

  /// Sets where `id` is defined and returns where it was before, if anywhere.
  @discardableResult
  mutating func update(_ id: String, to place: Place) -> Place? {
    table.updateValue(Self.number(place), forKey: id).map(Self.place)
  }

  /// The ids of nodes, or of indicators.
  func ids(ofNodes nodes: Bool) -> [String] {
    table.compactMap { ($0.value >= 0) == nodes ? $0.key : nil }
  }

  /// Adds another table whose positions follow `nodes` nodes and `indicators` indicators; false,
  /// and this table half-merged, when the two share an id.
  mutating func merge(_ other: Places, nodes: Int, indicators: Int) -> Bool {
    table.reserveCapacity(table.count + other.table.count)
    for (id, number) in other.table {
      let moved = number >= 0 ? number + Int32(nodes) : number - Int32(indicators)
      if table.updateValue(moved, forKey: id) != nil { return false }
    }
    return true
  }

  private static func number(_ place: Place) -> Int32 {
    switch place {
    case .node(let position): Int32(position)
    case .indicator(let position): Int32(-1 - position)
    }
  }

  private static func place(_ number: Int32) -> Place {
    number >= 0 ? .node(Int(number)) : .indicator(Int(-1 - number))
  }
}
