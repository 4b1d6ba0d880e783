import CPoppler
import Foundation

/// Receives an embedded file's bytes from poppler's save callback and stops the copy as soon as
/// they would exceed the limit, whatever size the PDF declared.
final class PDFAttachmentSink {
  private(set) var bytes = Data()
  /// Whether the copy was stopped because the file is larger than `limit`.
  private(set) var exceededLimit = false
  private let limit: Int

  /// - Parameter limit: the most bytes accepted.
  init(limit: Int) { self.limit = limit }

  /// Takes one block; false (stop) when it would exceed the limit.
  private func take(_ block: UnsafePointer<gchar>, count: Int) -> Bool {
    guard count <= limit - bytes.count else {
      exceededLimit = true
      return false
    }
    block.withMemoryRebound(to: UInt8.self, capacity: count) { bytes.append($0, count: count) }
    return true
  }

  /// The callback to give `poppler_attachment_save_to_callback`, with
  /// `Unmanaged.passUnretained(sink).toOpaque()` as its data.
  static let callback: PopplerAttachmentSaveFunc = { block, count, data, _ in
    guard let block, let data, count <= UInt(Int.max) else { return 0 }
    let sink = Unmanaged<PDFAttachmentSink>.fromOpaque(data).takeUnretainedValue()
    return sink.take(block, count: Int(count)) ? 1 : 0
  }
}
