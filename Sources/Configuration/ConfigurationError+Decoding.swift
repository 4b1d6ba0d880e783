import Yams

extension ConfigurationError {
  /// A `DecodingError` a form's own `init(from:)` threw (a `RawRepresentable` enum that does
  /// not know the value, say), told with the line of the value.
  init(decoding error: DecodingError, file: String, root: Node) {
    let (path, message): ([any CodingKey], String) =
      switch error {
      case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
      case .typeMismatch(_, let context): (context.codingPath, context.debugDescription)
      case .valueNotFound(_, let context): (context.codingPath, context.debugDescription)
      case .keyNotFound(let key, let context): (context.codingPath + [key], "is missing")
      @unknown default: ([], "\(error)")
      }
    var node: Node? = root
    for key in path {
      if let index = key.intValue, case .sequence(let sequence)? = node {
        node = index < sequence.count ? sequence[index] : nil
      } else {
        node = node?[key.stringValue]
      }
    }
    let written = node?.string.map { "'\($0)': " } ?? ""
    self.init(
      .wrongValue, file: file, line: node?.mark?.line, keyPath: NodeDecoder.keyPath(path),
      message: written + message, fix: "see mappings/README.md for the values it takes")
  }
}
