import Foundation
import Yams

/// A `Decoder` over a composed YAML node that records which keys it was asked for and reports
/// every problem with its line.
struct NodeDecoder: Decoder {
  let node: Node
  let path: [any CodingKey]
  let usage: KeyUsage
  let file: String

  var codingPath: [any CodingKey] { path }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let mapping) = node else {
      throw problem(
        "should be a list of settings (key: value)", fix: "indent the settings below it")
    }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, mapping: mapping))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let sequence) = node else {
      throw problem("should be a list", fix: "write each entry on its own line starting with '- '")
    }
    return NodeUnkeyedContainer(decoder: self, elements: Array(sequence))
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    NodeSingleValue(decoder: self)
  }

  /// The decoder for a child node.
  func child(_ node: Node, key: any CodingKey) -> NodeDecoder {
    NodeDecoder(node: node, path: path + [key], usage: usage, file: file)
  }

  /// A `wrongValue` error at this node.
  func problem(_ message: String, fix: String) -> ConfigurationError {
    ConfigurationError(
      .wrongValue, file: file, line: node.mark?.line, keyPath: Self.keyPath(path),
      message: message, fix: fix)
  }

  /// "levels[2].days".
  static func keyPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index + 1)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }

  var isNull: Bool {
    guard case .scalar(let scalar) = node else { return false }
    return NSNull.construct(from: scalar) != nil
  }

  /// The node as a scalar of `type`.
  func scalar<T: ScalarConstructible>(_ type: T.Type, what: String) throws -> T {
    guard case .scalar(let scalar) = node else {
      throw problem("should be \(what), not a list or a group of settings", fix: "write one value")
    }
    guard let value = T.construct(from: scalar) else {
      throw problem("'\(scalar.string)' is not \(what)", fix: "write \(what)")
    }
    return value
  }

  /// The node as text: any scalar, as written (a number or date stays its digits).
  func text() throws -> String {
    guard case .scalar(let scalar) = node else {
      throw problem("should be text, not a list or a group of settings", fix: "write one value")
    }
    return scalar.string
  }
}

/// A mapping decoded as a form: every key asked for is recorded, present or not.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: NodeDecoder
  let mapping: Node.Mapping

  var codingPath: [any CodingKey] { decoder.path }

  /// Every key of a mapping read as a dictionary: all of them are data, none is unknown.
  var allKeys: [Key] {
    decoder.usage.acceptAll(in: decoder.node)
    return mapping.compactMap { $0.key.string.flatMap(Key.init(stringValue:)) }
  }

  private func value(_ key: Key) -> Node? {
    decoder.usage.ask(key.stringValue, in: decoder.node, path: NodeDecoder.keyPath(codingPath))
    return mapping.first { $0.key.string == key.stringValue }?.value
  }

  func contains(_ key: Key) -> Bool { value(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    guard let node = value(key) else { return true }
    return decoder.child(node, key: key).isNull
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: childDecoder(key))
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let node = value(key) else { return nil }
    let child = decoder.child(node, key: key)
    if child.isNull { return nil }
    return try T(from: child)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try childDecoder(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try childDecoder(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder { try childDecoder(key) }

  private func childDecoder(_ key: Key) throws -> NodeDecoder {
    guard let node = value(key) else {
      throw ConfigurationError(
        .missingKey, file: decoder.file, line: decoder.node.mark?.line,
        keyPath: NodeDecoder.keyPath(codingPath),
        message: "'\(key.stringValue)' is missing", fix: "add '\(key.stringValue): …'")
    }
    return decoder.child(node, key: key)
  }
}
