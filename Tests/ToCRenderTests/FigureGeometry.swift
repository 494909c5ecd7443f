import Foundation

/// Where Graphviz put a figure's boxes, columns and arrows: `dot -Tjson` for the columns and the
/// arrows' Bézier curves, `-Tcmapx` for the cell of every box (its `ID`), both from one run at
/// 72 dpi without padding, so every number is in points with y growing upwards.
struct FigureGeometry {
  struct Rect {
    var minX, minY, maxX, maxY: Double

    /// Whether `point` lies inside, more than `margin` away from every side.
    func contains(_ point: Point, margin: Double = 1) -> Bool {
      point.x > minX + margin && point.x < maxX - margin && point.y > minY + margin
        && point.y < maxY - margin
    }
  }

  struct Point {
    var x, y: Double
  }

  /// An edge as drawn: its ends (a Graphviz node and a port) and points along its curve.
  struct Edge {
    var tail: String
    var tailPort: String
    var head: String
    var headPort: String
    var points: [Point]
  }

  /// The box cells, by node id.
  var boxes: [String: Rect] = [:]
  /// The Graphviz nodes, by name: one per column, the legend, turning points.
  var nodes: [String: Rect] = [:]
  /// The visible edges.
  var edges: [Edge] = []

  /// Lays `dot` out with the real Graphviz.
  init(dot: String) throws {
    // Graphviz 2.43's JSON writer crashes on a dotted or dashed table border after a filled one;
    // border styles move nothing, so the layout is made without them.
    let dot = dot.replacingOccurrences(of: #" STYLE="dotted""#, with: "")
      .replacingOccurrences(of: #" STYLE="dashed""#, with: "")
      .replacingOccurrences(of: #" STYLE="rounded,dashed""#, with: #" STYLE="rounded""#)
      // A figure scaled to a page: the image map would be scaled and the JSON not.
      .replacing(/size="[^"]*", margin=0,/, with: "")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Graphviz.path!)
    process.arguments = ["-Gdpi=72", "-Gpad=0", "-Tjson", "-Tcmapx"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let writer = Thread {
      input.fileHandleForWriting.write(Data(dot.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure.graphviz }
    let text = String(decoding: data, as: UTF8.self)
    guard let split = text.range(of: "<map") else { throw Failure.noMap }
    let json = try JSONSerialization.jsonObject(with: Data(text[..<split.lowerBound].utf8))
    guard let graph = json as? [String: Any], let bb = graph["bb"] as? String else {
      throw Failure.noLayout
    }
    let height = Self.numbers(bb)[3]
    self.boxes = Self.areas(String(text[split.lowerBound...]), height: height)
    var names: [Int: String] = [:]
    for case let object as [String: Any] in graph["objects"] as? [Any] ?? [] {
      guard let id = object["_gvid"] as? Int, let name = object["name"] as? String else {
        continue
      }
      names[id] = name
      if let pos = object["pos"] as? String, let width = object["width"] as? String,
        let tall = object["height"] as? String
      {
        let centre = Self.numbers(pos)
        let (w, h) = ((Double(width) ?? 0) * 36, (Double(tall) ?? 0) * 36)
        nodes[name] = Rect(
          minX: centre[0] - w, minY: centre[1] - h, maxX: centre[0] + w, maxY: centre[1] + h)
      }
    }
    for case let edge as [String: Any] in graph["edges"] as? [Any] ?? [] {
      guard edge["style"] as? String != "invis", let tail = edge["tail"] as? Int,
        let head = edge["head"] as? Int, let pos = edge["pos"] as? String
      else { continue }
      edges.append(
        Edge(
          tail: names[tail] ?? "", tailPort: edge["tailport"] as? String ?? "",
          head: names[head] ?? "", headPort: edge["headport"] as? String ?? "",
          points: Self.curve(pos)))
    }
  }

  enum Failure: Error {
    case graphviz, noMap, noLayout
  }

  static func numbers(_ text: some StringProtocol) -> [Double] {
    text.split(separator: ",").compactMap { Double($0) }
  }

  /// The image map's rectangles (pixels from the top) as rectangles in points from the bottom.
  static func areas(_ map: String, height: Double) -> [String: Rect] {
    var boxes: [String: Rect] = [:]
    for line in map.components(separatedBy: "<area").map({ Substring($0) }) {
      guard let id = value("id", in: line), id.hasPrefix("node-"),
        let coords = value("coords", in: line)
      else { continue }
      let c = numbers(coords)
      guard c.count == 4 else { continue }
      boxes[String(id.dropFirst(5))] = Rect(
        minX: c[0], minY: height - c[3], maxX: c[2], maxY: height - c[1])
    }
    return boxes
  }

  static func value(_ name: String, in line: Substring) -> String? {
    guard let start = line.range(of: " \(name)=\"") else { return nil }
    let rest = line[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  /// Points along an edge's `pos`: a B-spline of cubic Bézier pieces, sampled finely, with the
  /// arrowhead's tip (`e,x,y`) after the last point and the start arrow's (`s,x,y`) before.
  static func curve(_ pos: String) -> [Point] {
    var controls: [Point] = []
    var start: Point?
    var end: Point?
    for part in pos.split(separator: " ") {
      let isEnd = part.hasPrefix("e,")
      let isStart = part.hasPrefix("s,")
      let n = numbers((isEnd || isStart) ? part.dropFirst(2) : part)
      guard n.count == 2 else { continue }
      let point = Point(x: n[0], y: n[1])
      if isEnd { end = point } else if isStart { start = point } else { controls.append(point) }
    }
    var points: [Point] = start.map { [$0] } ?? []
    var index = 0
    while index + 3 < controls.count {
      let (p0, p1, p2, p3) = (
        controls[index], controls[index + 1], controls[index + 2], controls[index + 3]
      )
      for step in 0...32 {
        let t = Double(step) / 32
        let (a, b, c, d) = (
          (1 - t) * (1 - t) * (1 - t), 3 * (1 - t) * (1 - t) * t, 3 * (1 - t) * t * t, t * t * t
        )
        points.append(
          Point(
            x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
            y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
      }
      index += 3
    }
    if let end { points.append(end) }
    return points
  }
}
