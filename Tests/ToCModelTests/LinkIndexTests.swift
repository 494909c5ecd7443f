import Testing
import ToCModel

/// The one index of a model's links: neighbours in link order, whether or not the parser's ends
/// are there, and ends that are part of the model's value.
@Suite struct LinkIndexTests {
  /// `a -> c`, `b -> c`, `a -> b`, `c -> a`, made by hand: no parser ends.
  static let model: Model = {
    var model = Model(file: "m.toc", title: "m")
    let range = SourceRange.startOf(.first)
    for id in ["a", "b", "c", "d"] {
      model.nodes.append(Node(id: id, kind: .activity, label: Located(id, at: range), range: range))
    }
    for (from, to) in [("a", "c"), ("b", "c"), ("a", "b"), ("c", "a")] {
      model.links.append(Link(from: from, to: to, range: range))
    }
    return model
  }()

  @Test func neighboursAreInLinkOrder() {
    let index = LinkIndex(Self.model)
    #expect(index.from == [0, 1, 0, 2] && index.to == [2, 2, 1, 0])
    #expect(Array(index.successors(0)) == [2, 1])
    #expect(Array(index.predecessors(2)) == [0, 1])
    #expect(index.hasOutgoing(2) && !index.hasOutgoing(3) && !index.hasIncoming(3))
    #expect(index.reachable(from: [1]) == [true, true, true, false])
    #expect(index.reachable(from: [3], along: index.predecessors) == [false, false, false, true])
  }

  @Test func theParsersEndsAreUsedOnlyWhenTheyHold() {
    var model = Self.model
    model.linkEnds.from = [0, 1, 0, 2]
    model.linkEnds.to = [2, 2, 1, 0]
    #expect(model.linkEnds.matches(model))
    #expect(model != Self.model, "the ends are part of the model's value")
    model.nodes.swapAt(0, 3)
    #expect(!model.linkEnds.matches(model))
    let index = LinkIndex(model)
    #expect(index.from == [3, 1, 3, 2] && index.to == [2, 2, 1, 3])
  }
}
