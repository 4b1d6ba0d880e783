import CPoppler
import Foundation

/// Collects what poppler-glib logs (PDF syntax warnings and errors, all in the GLib log domain
/// "Poppler") while this thread reads a PDF, so none of it reaches stderr.
///
/// poppler-glib has no error callback of its own: it routes poppler's to `g_log`. arflow installs
/// one handler for that domain, once per process; it hands each message to the log the current
/// thread is collecting into, and anything logged outside such a read to GLib's default handler.
final class PDFWarningLog {
  /// The thread-dictionary key of the log this thread collects into.
  private static let threadKey = "arflow.pdf.warningLog"

  /// Installs the handler once per process; every poppler caller in arflow touches this first.
  static let installed: Void = arflow_pdf_install_log_handler(handler)

  private(set) var warnings: [String] = []
  private var dropped = 0
  private let limit: Int

  /// - Parameter limit: how many messages to keep; the rest are only counted.
  init(limit: Int = 20) { self.limit = limit }

  /// The messages, with a last one saying how many more were left out.
  var report: [String] {
    guard dropped > 0 else { return warnings }
    return warnings + ["\(dropped) more messages from the PDF reader not listed"]
  }

  /// Runs `body` while poppler's messages on this thread are collected here.
  func collecting<Result, Failure: Error>(_ body: () throws(Failure) -> Result)
    throws(Failure) -> Result
  {
    _ = Self.installed
    let dictionary = Thread.current.threadDictionary
    let previous = dictionary[Self.threadKey]
    dictionary[Self.threadKey] = self
    defer { dictionary[Self.threadKey] = previous }
    return try body()
  }

  private func record(_ message: String) {
    guard warnings.count < limit else {
      dropped += 1
      return
    }
    // poppler writes unprintable characters as `<xx>`; its messages often end in `<0a>`.
    var trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.hasSuffix("<0a>") { trimmed.removeLast(4) }
    warnings.append(PDFInvoiceAttachment.printable(trimmed, maximumLength: 300))
  }

  private static let handler: GLogFunc = { domain, level, message, _ in
    guard let log = Thread.current.threadDictionary[threadKey] as? PDFWarningLog else {
      arflow_pdf_default_log(domain, level, message)
      return
    }
    log.record(message.map { String(cString: $0) } ?? "poppler gave no message")
  }
}
