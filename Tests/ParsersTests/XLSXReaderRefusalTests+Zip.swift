import Foundation
import Testing
import ZIPFoundation

extension XLSXReaderRefusalTests {
  /// The bytes of `text` in `data`, first occurrence.
  func range(of text: String, in data: Data) -> Range<Int>? {
    data.firstRange(of: Data(text.utf8))
  }

  /// The package with `path`'s uncompressed size rewritten to `size` in its local header and its
  /// central directory entry: a part that lies about its size.
  func declaring(size: UInt32, for path: String, in package: Data) throws -> Data {
    var bytes = package
    let name = Data(path.utf8)
    let sizeBytes = withUnsafeBytes(of: size.littleEndian) { Array($0) }
    var patched = 0
    var start = 0
    while let found = bytes[start...].firstRange(of: name) {
      start = found.upperBound
      let local = found.lowerBound - 30
      let central = found.lowerBound - 46
      if local >= 0, bytes[local..<local + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
        bytes.replaceSubrange(local + 22..<local + 26, with: sizeBytes)
        patched += 1
      } else if central >= 0, bytes[central..<central + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
        bytes.replaceSubrange(central + 24..<central + 28, with: sizeBytes)
        patched += 1
      }
    }
    try #require(patched == 2)
    return bytes
  }

  /// Every part of a package by path.
  func unzip(_ package: Data) throws -> [String: Data] {
    let archive = try Archive(data: package, accessMode: .read, pathEncoding: nil)
    var parts: [String: Data] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      parts[entry.path] = bytes
    }
    return parts
  }
}
