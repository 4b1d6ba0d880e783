extension PaymentReference {
  /// Recognises the scheme from the text itself and validates it.
  ///
  /// Spaces are ignored. The first rule that fits decides the scheme:
  /// 1. starts with "RF" (any case): an RF creditor reference;
  /// 2. starts with "+++" or "***", or is digits in groups of 3, 4 and 5 joined by slashes
  ///    ("090/9337/55493"): a Belgian structured communication;
  /// 3. 27 digits: a Swiss QR reference;
  /// 4. 16 digits: a Dutch betalingskenmerk;
  /// 5. 12 digits: a Belgian structured communication.
  ///
  /// A text that fits a rule but fails that scheme's check throws that scheme's error (for
  /// example `wrongCheckDigits` for 16 digits whose mod-11 check digit is wrong); no other scheme
  /// is tried. Finnish reference numbers, Norwegian KIDs and the short Dutch forms (7 and 9 to 14
  /// digits) are only accepted through ``init(_:scheme:)``: they are plain digits of almost any
  /// length with one check digit, so from the digits alone they cannot be told apart from each
  /// other or from an invoice or account number.
  /// - Throws: `unrecognised` when no rule fits, otherwise the chosen scheme's error.
  public init(recognising text: String) throws(PaymentReferenceError) {
    let compact = text.filter { !$0.isWhitespace }
    if compact.prefix(2).uppercased() == "RF" {
      try self.init(text, scheme: .creditorReference)
    } else if compact.hasPrefix("+++") || compact.hasPrefix("***")
      || Self.isSlashedStructuredCommunication(compact)
    {
      try self.init(text, scheme: .belgianStructured)
    } else if Self.isDigits(compact) && compact.count == 27 {
      try self.init(text, scheme: .swissQR)
    } else if Self.isDigits(compact) && compact.count == 16 {
      try self.init(text, scheme: .dutchPaymentFeature)
    } else if Self.isDigits(compact) && compact.count == 12 {
      try self.init(text, scheme: .belgianStructured)
    } else {
      throw PaymentReferenceError(
        .unrecognised, text: text,
        message: "“\(text)” is not a recognisable structured payment reference (an RF reference, "
          + "a Belgian +++…+++ communication, a 16-digit Dutch betalingskenmerk or a 27-digit "
          + "Swiss QR reference). A Finnish reference or a Norwegian KID has to be read with its "
          + "scheme named.")
    }
  }
}
