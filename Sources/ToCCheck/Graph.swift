import ToCModel

/// A model with its links indexed both ways, for the rules that walk it.
public struct Graph: Sendable {
  public let model: Model
  /// The kind of each node: what most rules test first, without copying the node.
  let kinds: [Kind]
  /// The links by node position.
  let links: LinkIndex

  public init(_ model: Model) {
    self.model = model
    self.links = LinkIndex(model)
    self.kinds = model.nodes.map(\.kind)
  }
}
