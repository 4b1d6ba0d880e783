import CPoppler
import Foundation

/// A PDF opened by poppler-glib from memory, with the files it embeds. Releases every GObject
/// when it goes away: the attachments first, then the document whose streams they read.
final class OpenedPDF {
  /// Why poppler could not open the PDF.
  enum Failure: Error {
    /// The PDF is encrypted and the empty user password does not open it.
    case needsPassword
    /// Anything else (damaged, not a PDF), with poppler's message.
    case damaged(String)
  }

  /// How reading one embedded file ended.
  enum Read {
    case bytes(Data)
    /// Stopped after this many bytes because the next block would exceed the limit.
    case tooLarge(readSoFar: Int)
    /// poppler could not decode the file's stream.
    case unreadable
  }

  /// The embedded files, in the PDF's name-tree order.
  let files: [PDFEmbeddedFile]
  private let document: OpaquePointer
  private let attachmentList: UnsafeMutablePointer<GList>?
  private let attachments: [UnsafeMutablePointer<PopplerAttachment>]

  /// Opens the PDF from a copy of `bytes` (nothing is written to disk).
  /// - Throws: `Failure` when poppler cannot open it.
  init(_ bytes: Data) throws(Failure) {
    var outcome = arflow_pdf_outcome()
    let opened = bytes.withUnsafeBytes { raw in
      arflow_pdf_open(raw.baseAddress, raw.count, &outcome)
    }
    guard let opened else {
      if outcome.needs_password != 0 { throw .needsPassword }
      throw .damaged(Self.text(of: outcome))
    }
    document = opened
    attachmentList = poppler_document_get_attachments(opened)
    var attachments: [UnsafeMutablePointer<PopplerAttachment>] = []
    var node = attachmentList
    while let current = node {
      if let attachment = arflow_pdf_attachment(current) { attachments.append(attachment) }
      node = arflow_pdf_next(current)
    }
    self.attachments = attachments
    files = attachments.map(Self.embeddedFile)
  }

  deinit {
    if let attachmentList { arflow_pdf_free_attachments(attachmentList) }
    arflow_pdf_close(document)
  }

  /// Reads the embedded file at `index` in `files`, decoded, stopping beyond `limit` bytes.
  func read(_ index: Int, limit: Int) -> Read {
    let sink = PDFAttachmentSink(limit: limit)
    let completed = withExtendedLifetime(sink) {
      arflow_pdf_read_attachment(
        attachments[index], PDFAttachmentSink.callback, Unmanaged.passUnretained(sink).toOpaque())
    }
    if sink.exceededLimit { return .tooLarge(readSoFar: sink.bytes.count) }
    return completed != 0 ? .bytes(sink.bytes) : .unreadable
  }

  private static func embeddedFile(_ attachment: UnsafeMutablePointer<PopplerAttachment>)
    -> PDFEmbeddedFile
  {
    let size = poppler_attachment_get_size(attachment)
    // poppler stores an absent /Size as -1 in an unsigned field: anything above Int.max (and 0)
    // is "not declared".
    let declared = size > 0 && size <= UInt(Int.max) ? Int(size) : nil
    return PDFEmbeddedFile(
      name: poppler_attachment_get_name(attachment).map { String(cString: $0) } ?? "",
      declaredSize: declared,
      description: poppler_attachment_get_description(attachment).map { String(cString: $0) })
  }

  private static func text(of outcome: arflow_pdf_outcome) -> String {
    withUnsafeBytes(of: outcome.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }
}
