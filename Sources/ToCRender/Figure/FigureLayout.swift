import ToCModel

/// Where Graphviz put a figure: the cell of every box (`dot -Tcmapx`), the columns, their titles
/// and the arrows' curves (`dot -Tjson`), in points with y growing upwards. Made from
/// `DOT.layoutText`, which asks for 72 dpi and no padding so that both agree.
public struct FigureLayout: Sendable {
  struct Rect: Sendable {
    var minX, minY, maxX, maxY: Double
    var midX: Double { (minX + maxX) / 2 }
    var midY: Double { (minY + maxY) / 2 }
  }

  struct Point: Sendable {
    var x, y: Double
  }

  /// An edge as drawn: the control points of its Bézier pieces and, if it has one, the tip of
  /// its arrowhead after them.
  struct Edge: Sendable {
    var controls: [Point]
    var tip: Point?
    var label: (text: String, at: Point)?
  }

  var width: Double
  var height: Double
  /// Box cells by node id.
  var boxes: [String: Rect] = [:]
  /// Graphviz nodes (the columns and the legend) by name.
  var nodes: [String: Rect] = [:]
  /// The first text of each Graphviz node, where it is: a column's title.
  var titles: [String: Point] = [:]
  var edges: [Edge] = []

  /// The layout from `dot -Tjson` and `dot -Tcmapx` output, or nil when either does not read.
  public init?(json: [UInt8], map: [UInt8]) {
    guard let graph = JSONReader.read(json), let bb = graph["bb"]?.text else { return nil }
    let size = Self.numbers(bb)
    guard size.count == 4 else { return nil }
    (width, height) = (size[2], size[3])
    boxes = Self.areas(String(decoding: map, as: UTF8.self), height: height)
    for object in graph["objects"]?.elements ?? [] {
      guard let name = object["name"]?.text, let pos = object["pos"]?.text,
        let width = object["width"]?.text.flatMap(Double.init),
        let tall = object["height"]?.text.flatMap(Double.init)
      else { continue }
      let centre = Self.numbers(pos)
      guard centre.count == 2 else { continue }
      nodes[name] = Rect(
        minX: centre[0] - width * 36, minY: centre[1] - tall * 36, maxX: centre[0] + width * 36,
        maxY: centre[1] + tall * 36)
      let text = object["_ldraw_"]?.elements.first { $0["op"]?.text == "T" }
      if let point = text?["pt"]?.elements.compactMap(\.number), point.count == 2 {
        // Graphviz anchors text at its left end, centre or right end.
        let textWidth: Double = text?["width"]?.number ?? 0
        let align: String = text?["align"]?.text ?? "c"
        let shift: Double = align == "l" ? textWidth / 2 : align == "r" ? -textWidth / 2 : 0
        titles[name] = Point(x: point[0] + shift, y: point[1])
      }
    }
    for edge in graph["edges"]?.elements ?? [] {
      guard edge["style"]?.text != "invis", let pos = edge["pos"]?.text else { continue }
      var drawn = Self.curve(pos)
      if let text = edge["label"]?.text, let at = edge["lp"]?.text.map(Self.numbers), at.count == 2
      {
        drawn.label = (text, Point(x: at[0], y: at[1]))
      }
      edges.append(drawn)
    }
  }

  static func numbers(_ text: some StringProtocol) -> [Double] {
    text.split(separator: ",").compactMap { Double($0) }
  }

  /// The image map's rectangles of `node-` ids (pixels from the top) as points from the bottom.
  static func areas(_ map: String, height: Double) -> [String: Rect] {
    var boxes: [String: Rect] = [:]
    for area in map.split(separator: "<area") {
      guard let id = value("id", in: area), id.hasPrefix("node-"),
        let coords = value("coords", in: area)
      else { continue }
      let c = numbers(coords)
      guard c.count == 4 else { continue }
      boxes[unescaped(String(id.dropFirst(5)))] = Rect(
        minX: c[0], minY: height - c[3], maxX: c[2], maxY: height - c[1])
    }
    return boxes
  }

  static func value(_ name: String, in area: Substring) -> String? {
    guard let start = area.firstRange(of: " \(name)=\"") else { return nil }
    let rest = area[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  /// An id as the image map writes it, with `&#45;` and the like for some characters.
  static func unescaped(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
      let entity = rest[rest.index(after: amp)..<semicolon]
      let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
      if let known = named[String(entity)] {
        out += known
      } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return out + rest
  }

  /// An edge's `pos`: `e,x,y` (the arrowhead's tip), then the B-spline's control points.
  static func curve(_ pos: String) -> Edge {
    var edge = Edge(controls: [], tip: nil, label: nil)
    for part in pos.split(separator: " ") {
      let isTip = part.hasPrefix("e,")
      let n = numbers(isTip || part.hasPrefix("s,") ? part.dropFirst(2) : part)
      guard n.count == 2 else { continue }
      if isTip {
        edge.tip = Point(x: n[0], y: n[1])
      } else if !part.hasPrefix("s,") {
        edge.controls.append(Point(x: n[0], y: n[1]))
      }
    }
    return edge
  }
}
