import CQREncode

/// A QR code's modules, made by libqrencode.
public struct QRCodeMatrix: Sendable {
  /// How much of the code may be damaged and still scan; EPC069-12 asks for `.medium`.
  public enum ErrorCorrection: Sendable {
    /// About 7 % of the code words can be restored.
    case low
    /// About 15 %: what payment codes use.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high
  }

  /// Modules per side, without the quiet zone: 21 for version 1, 17 + 4 × version in general.
  public let size: Int
  private let modules: [Bool]

  /// Encodes the UTF-8 bytes of `text` in byte mode, at the smallest version that fits.
  /// - Throws: `RenderError` with code `qrEncoding` when the text is empty or too long for any version.
  public init(encoding text: String, level: ErrorCorrection = .medium) throws(RenderError) {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else {
      throw RenderError(
        .qrEncoding, "The QR code has nothing to encode; leave the QR code off instead.")
    }
    var failure: Int32 = 0
    let encoded = bytes.withUnsafeBufferPointer { buffer in
      arflow_qr_encode_bytes(buffer.baseAddress, Int32(buffer.count), level.libraryLevel, &failure)
    }
    guard let encoded else {
      if arflow_qr_error_is_too_long(failure) != 0 {
        throw RenderError(
          .qrEncoding,
          "The QR code text is \(bytes.count) bytes, too long for a QR code; shorten it.")
      }
      throw RenderError(.qrEncoding, "libqrencode could not make the QR code (error \(failure)).")
    }
    defer { QRcode_free(encoded) }
    let width = Int(encoded.pointee.width)
    guard width > 0, let data = encoded.pointee.data else {
      throw RenderError(.qrEncoding, "libqrencode returned an empty QR code.")
    }
    size = width
    modules = (0..<width * width).map { data[$0] & 1 == 1 }
  }

  /// True when the module in column `x`, row `y` (0-based, from the top left) is dark.
  /// Outside the code (the quiet zone) every module is light.
  public func isDark(x: Int, y: Int) -> Bool {
    guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
    return modules[y * size + x]
  }
}

extension QRCodeMatrix.ErrorCorrection {
  fileprivate var libraryLevel: QRecLevel {
    switch self {
    case .low: QR_ECLEVEL_L
    case .medium: QR_ECLEVEL_M
    case .quartile: QR_ECLEVEL_Q
    case .high: QR_ECLEVEL_H
    }
  }
}
