import Foundation
import ZIPFoundation

/// The ZIP package of a workbook, read part by part within `XLSXLimits`: a part's declared size
/// is checked before it is unpacked, and the bytes are counted while they are, so a part that
/// lies about its size is stopped at the limit all the same.
final class XLSXPackage {
  /// The file name used in errors.
  let file: String
  private let archive: Archive
  private let limits: XLSXLimits
  /// The file entries by lower-cased path (part names are case-insensitive).
  private let entries: [String: Entry]
  /// Uncompressed bytes read so far, all parts together.
  private var unpacked = 0

  /// Opens the package; nothing is unpacked yet.
  /// - Throws: `notAWorkbook` when the bytes are no ZIP, `damagedWorkbook` when the ZIP
  ///   directory is missing or broken, `workbookTooLarge` for too many entries.
  init(bytes: Data, file: String, limits: XLSXLimits) throws(ParseError) {
    guard XLSXReader.isZIP(bytes) else { throw XLSXReader.notAZIP(file: file) }
    let archive: Archive
    do {
      archive = try Archive(data: bytes, accessMode: .read)
    } catch {
      throw XLSXReader.damaged(
        file: file, part: nil, detail: "its ZIP directory is missing or broken (\(error))")
    }
    var entries: [String: Entry] = [:]
    var count = 0
    for entry in archive {
      count += 1
      guard count <= limits.entries else {
        throw XLSXReader.tooLarge(file: file, detail: "more than \(limits.entries) parts")
      }
      let key = entry.path.lowercased()
      if entry.type == .file, entries[key] == nil { entries[key] = entry }
    }
    self.file = file
    self.archive = archive
    self.limits = limits
    self.entries = entries
  }

  /// Whether the package holds a part at `path` (no leading slash).
  func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

  /// The uncompressed bytes of the part at `path` (no leading slash), nil when there is none.
  /// - Throws: `workbookTooLarge` past a limit, `damagedWorkbook` when the part does not
  ///   unpack or fails its checksum.
  func part(_ path: String) throws(ParseError) -> Data? {
    guard let entry = entries[path.lowercased()] else { return nil }
    let declared = entry.uncompressedSize
    guard declared <= UInt64(limits.partBytes), declared <= UInt64(limits.totalBytes - unpacked)
    else { throw overrun(path, declared: declared) }
    let budget = min(limits.partBytes, limits.totalBytes - unpacked)
    var bytes = Data()
    bytes.reserveCapacity(Int(declared))
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry, skipCRC32: false) { chunk in
        guard bytes.count + chunk.count <= budget else { throw Overrun() }
        bytes.append(chunk)
      }
    } catch is Overrun {
      throw overrun(path, declared: nil)
    } catch {
      throw XLSXReader.damaged(
        file: file, part: path, detail: "its part \(path) does not unpack (\(error))")
    }
    unpacked += bytes.count
    guard bytes.count == Int(declared) else {
      throw XLSXReader.damaged(
        file: file, part: path,
        detail: "its part \(path) unpacks to \(bytes.count) bytes but declares \(declared)")
    }
    guard checksum == entry.checksum else {
      throw XLSXReader.damaged(
        file: file, part: path, detail: "its part \(path) fails its checksum")
    }
    return bytes
  }

  /// Thrown from the unpacking callback when the bytes pass the budget.
  private struct Overrun: Error {}

  private func overrun(_ path: String, declared: UInt64?) -> ParseError {
    let limit = min(limits.partBytes, limits.totalBytes)
    let size = declared.map { "declares \($0) bytes" } ?? "unpacks to more than it declares"
    return XLSXReader.tooLarge(
      file: file,
      detail: "its part \(path) \(size), past the limit of \(limit) bytes a part and "
        + "\(limits.totalBytes) bytes in all")
  }
}
