import Yams

/// Which keys of which mappings a decode read (or asked for and found absent), so that every
/// key it never asked for can be reported with its line and the keys that are valid there.
final class KeyUsage {
  /// A mapping's position: its first line and column.
  struct Place: Hashable {
    let line: Int
    let column: Int
    init?(_ mark: Mark?) {
      guard let mark else { return nil }
      line = mark.line
      column = mark.column
    }
  }

  /// The keys asked for in each mapping decoded as a form (keyed container).
  private var asked: [Place: Set<String>] = [:]
  /// The key paths of the mappings, for messages.
  private var paths: [Place: String] = [:]
  /// Mappings whose keys are data (a dictionary), not a form: every key is fine.
  private var open: Set<Place> = []

  func ask(_ key: String, in mapping: Node, path: String) {
    guard let place = Place(mapping.mark) else { return }
    asked[place, default: []].insert(key)
    paths[place] = path
  }

  func acceptAll(in mapping: Node) {
    guard let place = Place(mapping.mark) else { return }
    open.insert(place)
  }

  /// - Throws: `ConfigurationError` `unknownKey` for the first key (in file order) that the
  ///   decode never asked for.
  func refuseUnknownKeys(in node: Node, file: String) throws(ConfigurationError) {
    switch node {
    case .mapping(let mapping):
      if let place = Place(node.mark), !open.contains(place), let valid = asked[place] {
        for (key, _) in mapping {
          guard let name = key.string, !valid.contains(name) else { continue }
          throw ConfigurationError(
            .unknownKey, file: file, line: key.mark?.line, keyPath: paths[place],
            message: "'\(name)' is not a setting",
            fix: Self.fix(for: name, valid: valid))
        }
      }
      for (_, value) in mapping { try refuseUnknownKeys(in: value, file: file) }
    case .sequence(let sequence):
      for element in sequence { try refuseUnknownKeys(in: element, file: file) }
    default:
      return
    }
  }

  /// "did you mean 'autoApply'? The valid keys are: …".
  static func fix(for name: String, valid: Set<String>) -> String {
    let sorted = valid.sorted()
    let nearest = sorted.min { distance(name, $0) < distance(name, $1) }
    var text = ""
    if let nearest, distance(name, nearest) <= max(2, nearest.count / 3) {
      text = "did you mean '\(nearest)'? "
    }
    return text + "the valid keys here are: \(sorted.joined(separator: ", "))"
  }

  /// Levenshtein distance, case-insensitive.
  static func distance(_ a: String, _ b: String) -> Int {
    let left = Array(a.lowercased())
    let right = Array(b.lowercased())
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var previous = Array(0...right.count)
    for (i, l) in left.enumerated() {
      var current = [i + 1]
      for (j, r) in right.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (l == r ? 0 : 1)))
      }
      previous = current
    }
    return previous[right.count]
  }
}
