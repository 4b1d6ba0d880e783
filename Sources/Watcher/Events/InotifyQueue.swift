import CLinuxFiles
import Glibc

/// An inotify descriptor watching the top level of one folder. Owned by the watch thread.
final class InotifyQueue {
  /// The descriptor to wait on with `poll`.
  let descriptor: Int32
  private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

  /// Opens inotify and watches `folder`.
  /// - Throws: `InotifyUnavailable` with the system's reason (no inotify, too many watches).
  init(watching folder: String) throws(InotifyUnavailable) {
    let descriptor = arflow_inotify_open()
    guard descriptor >= 0 else { throw InotifyUnavailable(code: errno) }
    guard arflow_inotify_watch_folder(descriptor, folder) >= 0 else {
      let code = errno
      close(descriptor)
      throw InotifyUnavailable(code: code)
    }
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Every event waiting now, in the kernel's order (never blocks).
  func drain() -> [InboxEvent] {
    var events: [InboxEvent] = []
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return events }
      buffer.withUnsafeBytes {
        events += Self.parse(UnsafeRawBufferPointer(rebasing: $0[..<count]))
      }
    }
  }

  /// Reads `struct inotify_event` records (header, then a NUL-padded name) from raw bytes.
  static func parse(_ bytes: UnsafeRawBufferPointer) -> [InboxEvent] {
    let header = arflow_inotify_header_size()
    var events: [InboxEvent] = []
    var offset = 0
    while offset + header <= bytes.count {
      let mask = bytes.loadUnaligned(
        fromByteOffset: offset + arflow_inotify_mask_offset(), as: UInt32.self)
      let length = Int(
        bytes.loadUnaligned(fromByteOffset: offset + arflow_inotify_len_offset(), as: UInt32.self))
      let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.count)]
      let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
      offset += header + length
      if let event = event(mask: mask, name: name) { events.append(event) }
    }
    return events
  }

  private static func event(mask: UInt32, name: String) -> InboxEvent? {
    if mask & arflow_in_overflow() != 0 { return .overflow }
    if mask & arflow_in_folder_gone() != 0 { return .folderGone }
    if mask & arflow_in_is_folder() != 0 || name.isEmpty { return nil }
    if mask & arflow_in_arrived() != 0 { return .arrived(name) }
    if mask & arflow_in_left() != 0 { return .left(name) }
    return nil
  }
}

/// Why inotify could not be used: its `errno`.
struct InotifyUnavailable: Error {
  let code: Int32

  /// The system's words for it ("Too many open files").
  var reason: String { String(cString: strerror(code)) }
}
