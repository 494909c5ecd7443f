/// A value kept out of line, behind one reference, and shared until it changes: for the parts of
/// a node or link that most leave out, so that the many values of a large model stay small.
indirect enum Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
  case boxed(Value)

  init(_ value: Value) { self = .boxed(value) }

  var value: Value {
    switch self {
    case .boxed(let value): value
    }
  }
}

/// Parts that most values leave out; `init()` is the value with none of them.
protocol RarelyGiven: Hashable, Sendable {
  init()
}

extension Optional {
  /// Changes the boxed parts, keeping no box at all rather than an empty one, so that a value
  /// equals another with the same parts however they were set.
  mutating func change<Parts: RarelyGiven>(_ body: (inout Parts) -> Void)
  where Wrapped == Boxed<Parts> {
    var changed = self?.value ?? Parts()
    body(&changed)
    self = changed == Parts() ? nil : Boxed(changed)
  }
}
