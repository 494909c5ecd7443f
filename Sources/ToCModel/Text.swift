extension StringProtocol {
  /// The text without leading and trailing white space (every Unicode space and line break).
  public var trimmingSpaces: Substring {
    let scalars = Substring(self)
    guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return scalars[first...last]
  }
}
