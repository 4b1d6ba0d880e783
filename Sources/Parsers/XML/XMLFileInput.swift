import CLibXML2
import Foundation

/// A file that an `XMLStreamReader` pulls in chunks with plain `read` calls, so libxml2 never
/// opens anything itself (no URL handling, no transparent gzip) and only its small input buffer
/// is in memory, not the file.
final class XMLFileInput {
  private let handle: FileHandle
  private let file: String
  /// Why reading stopped, when the disk failed in the middle.
  private(set) var failure: ParseError?

  /// Opens the file for reading.
  /// - Throws: `unreadableFile` when it cannot be opened.
  init(url: URL, file: String) throws(ParseError) {
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw Self.unreadable(file, error)
    }
    self.file = file
  }

  deinit { try? handle.close() }

  /// The context pointer for `read`; the reader keeps this object alive while libxml2 reads.
  var callbackContext: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// libxml2's read callback: up to `length` bytes into `buffer`, 0 at the end, -1 on failure.
  static let read: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return -1 }
    let input = Unmanaged<XMLFileInput>.fromOpaque(context).takeUnretainedValue()
    while true {
      let count = Foundation.read(input.handle.fileDescriptor, buffer, Int(length))
      if count >= 0 { return Int32(count) }
      if errno == EINTR { continue }
      input.failure = unreadable(input.file, POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
      return -1
    }
  }

  static func unreadable(_ file: String, _ error: any Error) -> ParseError {
    ParseError(
      .unreadableFile, file: file,
      message: "the file could not be read (\(error.localizedDescription))",
      fix: "check that the file exists, is readable and is not being written to")
  }
}
