/// The payment instructions printed in a box, with an optional QR code payload.
public struct PaymentBox: Sendable {
  /// The lines in the box: "Amount: € 1.234,56", "IBAN: …", "Reference: RF18 5390 0754 7034".
  public var lines: [String]
  /// The QR code's text, usually `EPCPaymentCode.payload`; nil or empty prints no QR code.
  public var qrPayload: String?
  /// A small line under the QR code, e.g. "Scan to pay".
  public var qrCaption: String?

  public init(lines: [String], qrPayload: String? = nil, qrCaption: String? = nil) {
    self.lines = lines
    self.qrPayload = qrPayload
    self.qrCaption = qrCaption
  }
}
