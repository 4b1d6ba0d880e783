import Foundation
import Yams

/// A list's entries, decoded in order.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: NodeDecoder
  let elements: [Node]
  var currentIndex = 0

  var codingPath: [any CodingKey] { decoder.path }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next() throws -> NodeDecoder {
    guard !isAtEnd else {
      throw decoder.problem("has too few entries", fix: "add the missing entries")
    }
    defer { currentIndex += 1 }
    return decoder.child(elements[currentIndex], key: IndexKey(currentIndex))
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, decoder.child(elements[currentIndex], key: IndexKey(currentIndex)).isNull
    else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: try next()) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}

/// The position of a list entry as a coding key.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { String(intValue ?? 0) }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}

/// One value: text, a number, a yes/no.
struct NodeSingleValue: SingleValueDecodingContainer {
  let decoder: NodeDecoder
  var codingPath: [any CodingKey] { decoder.path }

  func decodeNil() -> Bool { decoder.isNull }
  func decode(_ type: Bool.Type) throws -> Bool {
    try decoder.scalar(Bool.self, what: "true or false")
  }
  func decode(_ type: String.Type) throws -> String { try decoder.text() }
  func decode(_ type: Double.Type) throws -> Double {
    try decoder.scalar(Double.self, what: "a number")
  }
  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
  func decode(_ type: Int.Type) throws -> Int {
    try decoder.scalar(Int.self, what: "a whole number")
  }
  func decode(_ type: Int8.Type) throws -> Int8 { try narrow(try decode(Int.self)) }
  func decode(_ type: Int16.Type) throws -> Int16 { try narrow(try decode(Int.self)) }
  func decode(_ type: Int32.Type) throws -> Int32 { try narrow(try decode(Int.self)) }
  func decode(_ type: Int64.Type) throws -> Int64 {
    try decoder.scalar(Int64.self, what: "a whole number")
  }
  func decode(_ type: UInt.Type) throws -> UInt { try narrow(try decode(Int.self)) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(try decode(Int.self)) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(try decode(Int.self)) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(try decode(Int.self)) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(try decode(Int.self)) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }

  private func narrow<T: FixedWidthInteger>(_ value: Int) throws -> T {
    guard let narrowed = T(exactly: value) else {
      throw decoder.problem("\(value) is out of range", fix: "write a smaller number")
    }
    return narrowed
  }
}
