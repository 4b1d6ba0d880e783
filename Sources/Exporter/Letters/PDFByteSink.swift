import CPangoCairo
import Foundation

/// Collects the bytes cairo writes for a PDF. Cairo holds it through an unretained pointer, so the
/// canvas that owns it must outlive the surface; it is only touched from the rendering call.
final class PDFByteSink {
  private(set) var bytes = Data()

  /// The pointer cairo passes back to `write` as its closure argument.
  var closurePointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// The C write callback for `cairo_pdf_surface_create_for_stream`: appends to the sink.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data, length > 0 { sink.bytes.append(data, count: Int(length)) }
    return CAIRO_STATUS_SUCCESS
  }
}
