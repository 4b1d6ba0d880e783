import Foundation

/// The relationships of one package part (`xl/_rels/workbook.xml.rels`): which part each id
/// points to, and of what type.
struct XLSXRelationships {
  /// One `<Relationship>` with its target resolved to a part path.
  struct Target {
    /// The type URI's last segment: `worksheet`, `sharedStrings`, `styles`, `chartsheet`.
    let type: String
    /// The part path in the package, without a leading slash (`xl/worksheets/sheet1.xml`).
    let part: String
  }

  private(set) var targets: [String: Target] = [:]

  /// No relationships (a workbook without a `.rels` part).
  init() {}

  /// Reads a `.rels` part; targets are resolved against `folder`, the folder of the part the
  /// relationships belong to (`xl/`). External targets (`TargetMode="External"`) are left out.
  /// - Throws: the part's XML errors.
  init(_ bytes: Data, part: String, folder: String, file: String) throws(ParseError) {
    targets = try XLSXPartStream.read(bytes, part: part, file: file) { reader in
      var targets: [String: Target] = [:]
      try reader.forEachChild {
        let node = try reader.expand()
        if node.isNamed("Relationship"), node.attribute("TargetMode") != "External",
          let id = node.attribute("Id"), let type = node.attribute("Type"),
          let target = node.attribute("Target")
        {
          let kind = type.split(separator: "/").last.map(String.init) ?? type
          targets[id] = Target(type: kind, part: Self.resolve(target, in: folder))
        }
        try reader.skip()
      }
      return targets
    }
  }

  /// The first target of a type (`sharedStrings`, `styles`).
  func first(ofType type: String) -> Target? {
    targets.values.filter { $0.type == type }.min { $0.part < $1.part }
  }

  /// A relationship target as a part path: `/xl/worksheets/sheet1.xml` is absolute,
  /// `worksheets/sheet1.xml` and `../xl/worksheets/sheet1.xml` are relative to `folder`.
  static func resolve(_ target: String, in folder: String) -> String {
    let unescaped = target.removingPercentEncoding ?? target
    let path = unescaped.hasPrefix("/") ? unescaped : folder + unescaped
    var steps: [Substring] = []
    for step in path.split(separator: "/") {
      switch step {
      case ".": continue
      case "..": _ = steps.popLast()
      default: steps.append(step)
      }
    }
    return steps.joined(separator: "/")
  }
}
