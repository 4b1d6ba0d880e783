/// The namespace URIs that identify e-invoice documents and their parts (never their prefixes).
enum EInvoiceNamespace {
  /// What every UBL 2.x document namespace starts with, e.g. `…:xsd:Order-2`.
  static let ublDocumentPrefix = "urn:oasis:names:specification:ubl:schema:xsd:"
  static let ublInvoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  static let ublCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
  /// `cbc`: leaf values.
  static let ublBasic = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  /// `cac`: groups.
  static let ublAggregate =
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"

  /// `rsm`: the CII root and its three top-level parts.
  static let ciiMessage = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  /// `ram`: everything inside the CII parts.
  static let ciiAggregate =
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  /// `udt`: CII data types such as `DateTimeString`.
  static let ciiDataType = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"

  /// The Peppol envelope (Standard Business Document Header).
  static let envelope = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"

  /// ZUGFeRD 1.0 `CrossIndustryDocument`.
  static let zugferd1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
  /// Svefaktura 1.0 `Invoice`.
  static let svefaktura1 = "urn:sfti:documents:BasicInvoice:1:0"
}
