import Foundation
import Glibc

/// Who holds the workspace lock, as written into the lock file: `pid=…`, `purpose=…`,
/// `since=…` lines.
struct LockHolder: Equatable {
  let pid: Int32
  let purpose: String
  let since: Date?

  /// `(watch, pid 1234) ` for the message another arflow shows.
  var description: String { "(\(purpose), pid \(pid)) " }

  /// The start time as ISO 8601, if known.
  var sinceText: String? {
    since.map { $0.formatted(.iso8601) }
  }

  /// The lock file's text.
  var text: String {
    "pid=\(pid)\npurpose=\(purpose)\n" + (sinceText.map { "since=\($0)\n" } ?? "")
  }

  /// Reads a holder from the lock file's text; nil when it names no pid.
  init?(text: String) {
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
    self.pid = pid
    self.purpose = fields["purpose"] ?? "unknown purpose"
    self.since = fields["since"].flatMap { try? Date($0, strategy: .iso8601) }
  }

  init(pid: Int32, purpose: String, since: Date?) {
    self.pid = pid
    self.purpose = purpose
    self.since = since
  }

  /// Replaces the lock file's content with this holder (errors ignored: the lock still holds).
  func write(to descriptor: Int32) {
    ftruncate(descriptor, 0)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// The holder written in the lock file open at `descriptor`, if any.
  static func read(from descriptor: Int32) -> LockHolder? {
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    return LockHolder(text: String(decoding: bytes[..<count], as: UTF8.self))
  }
}
