/// The seller or buyer of an e-invoice, as written (EN 16931 BG-4 / BG-7).
public struct EInvoiceParty: Sendable, Hashable {
  /// BT-27 / BT-44: the registration or trading name.
  public var name: XMLText?
  /// BT-29 / BT-46: the party identifier (`qualifier` holds its scheme), first one.
  public var identifier: XMLText?
  /// BT-31 / BT-48: the VAT identifier.
  public var vatID: XMLText?
  /// BT-30 / BT-47: the legal registration identifier.
  public var legalID: XMLText?
  /// BT-34 / BT-49: the electronic address (`qualifier` holds the EAS scheme, e.g. `0088`).
  public var electronicAddress: XMLText?
  /// BG-5 / BG-8 postal address lines (BT-35/50, BT-36/51, BT-162/163 in document order).
  public var addressLines: [XMLText] = []
  /// BT-37 / BT-52.
  public var city: XMLText?
  /// BT-38 / BT-53.
  public var postalCode: XMLText?
  /// BT-40 / BT-55: ISO 3166-1 alpha-2.
  public var countryCode: XMLText?
  /// BT-43 / BT-58: the contact e-mail.
  public var contactEmail: XMLText?
  /// BT-41 / BT-56: the contact point (a person or department).
  public var contactName: XMLText?

  public init() {}
}
