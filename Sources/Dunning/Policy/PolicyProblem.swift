import Configuration
import Foundation

/// A value of the policy file that the strict reader accepted but the policy cannot use, with
/// the path to it; `located(in:)` adds the line by reading the file once more.
struct PolicyProblem: Error {
  /// One step of a path into the file.
  enum Step: Hashable {
    case key(String)
    case index(Int)
  }

  var path: [Step]
  var message: String
  var fix: String

  init(_ path: [Step], _ message: String, fix: String) {
    self.path = path
    self.message = message
    self.fix = fix
  }

  /// "schedules.b2b.levels[2].days", as the strict reader writes key paths.
  var keyPath: String {
    var text = ""
    for step in path {
      switch step {
      case .index(let index): text += "[\(index + 1)]"
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      }
    }
    return text
  }

  /// The problem as the strict reader reports problems, with the line of the value.
  func located(in text: String, name: String) -> ConfigurationError {
    ConfigurationError(
      .wrongValue, file: name, line: NodeLocator.line(of: path, in: text, name: name),
      keyPath: keyPath, message: message, fix: fix)
  }
}

/// Finds the line of a path in a YAML text with the strict reader itself: decoding stops with
/// an error at the path, and the reader's error carries the line.
struct NodeLocator: Decodable {
  @TaskLocal static var target: [PolicyProblem.Step] = []

  /// The line of the value at `path`, or of the nearest mapping above it that exists.
  static func line(of path: [PolicyProblem.Step], in text: String, name: String) -> Int? {
    $target.withValue(path) { () -> Int? in
      do {
        _ = try ConfigurationFile.decode(NodeLocator.self, from: text, name: name)
        return nil
      } catch {
        return (error as? ConfigurationError)?.line
      }
    }
  }

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  private struct Skip: Decodable {
    init(from decoder: any Decoder) throws {}
  }

  init(from decoder: any Decoder) throws {
    let depth = decoder.codingPath.count
    let target = Self.target
    let here = DecodingError.dataCorrupted(
      .init(codingPath: decoder.codingPath, debugDescription: "here"))
    guard depth < target.count else { throw here }
    switch target[depth] {
    case .key(let name):
      let container = try decoder.container(keyedBy: Key.self)
      let key = Key(stringValue: name)
      guard container.contains(key) else { throw here }
      _ = try container.decode(NodeLocator.self, forKey: key)
    case .index(let index):
      var list = try decoder.unkeyedContainer()
      guard index < (list.count ?? 0) else { throw here }
      for _ in 0..<index { _ = try list.decode(Skip.self) }
      _ = try list.decode(NodeLocator.self)
    }
    throw here
  }
}
