extension UBLInvoiceReader {
  /// The `schemeID` that marks a SEPA creditor identifier (BT-90) among party identifiers.
  static let sepaScheme = "SEPA"

  /// A `cac:Party` as seller or buyer (BG-4 / BG-7); empty when the document has none.
  static func party(_ element: XMLElementNode?) -> EInvoiceParty {
    var party = EInvoiceParty()
    guard let element else { return party }
    var legalEntity: XMLElementNode?
    var partyName: XMLElementNode?
    var address: XMLElementNode?
    var taxSchemes: [XMLElementNode] = []
    for child in element.children {
      if child.namespace == EInvoiceNamespace.ublBasic, child.name == "EndpointID" {
        party.electronicAddress.fillOnce(child, qualifier: "schemeID")
      }
      guard child.namespace == EInvoiceNamespace.ublAggregate else { continue }
      switch child.name {
      case "PartyIdentification":
        if let id = child.cbc("ID"), id.attributes["schemeID"] != sepaScheme {
          party.identifier.fillOnce(id, qualifier: "schemeID")
        }
      case "PartyName": partyName = partyName ?? child
      case "PostalAddress": address = address ?? child
      case "PartyTaxScheme": taxSchemes.append(child)
      case "PartyLegalEntity": legalEntity = legalEntity ?? child
      case "Contact":
        party.contactEmail.fillOnce(child.cbc("ElectronicMail"))
        party.contactName.fillOnce(child.cbc("Name"))
      default: break
      }
    }
    if let address { fillAddress(address, into: &party) }
    party.name =
      XMLText(legalEntity?.cbc("RegistrationName")) ?? XMLText(partyName?.cbc("Name"))
    party.legalID = XMLText(legalEntity?.cbc("CompanyID"), qualifier: "schemeID")
    // BT-31/48 is the VAT scheme's CompanyID; a scheme without "VAT" (GST in Peppol PINT, UBL
    // 2.0 files) stands in, but never "TAX": that is BT-32, the seller's tax registration.
    let scheme = { (taxScheme: XMLElementNode) in taxScheme.cac("TaxScheme")?.cbc("ID")?.text }
    let vatScheme =
      taxSchemes.first { scheme($0) == "VAT" } ?? taxSchemes.first { scheme($0) != "TAX" }
    party.vatID = XMLText(vatScheme?.cbc("CompanyID"), qualifier: "schemeID")
    return party
  }

  /// BT-90: the first `cac:PartyIdentification/cbc:ID` with `schemeID="SEPA"` of a party (the
  /// seller's `cac:Party`, or the `cac:PayeeParty`).
  static func creditorID(of party: XMLElementNode?) -> XMLText? {
    guard let party else { return nil }
    let ids = party.allCac("PartyIdentification").lazy.compactMap { $0.cbc("ID") }
    return XMLText(ids.first { $0.attributes["schemeID"] == sepaScheme }, qualifier: "schemeID")
  }

  /// `cac:PostalAddress`: street lines in document order, city, postal code and country.
  private static func fillAddress(_ address: XMLElementNode, into party: inout EInvoiceParty) {
    for child in address.children {
      switch (child.namespace, child.name) {
      case (EInvoiceNamespace.ublBasic, "StreetName"),
        (EInvoiceNamespace.ublBasic, "AdditionalStreetName"):
        if let line = XMLText(child) { party.addressLines.append(line) }
      case (EInvoiceNamespace.ublAggregate, "AddressLine"):
        if let line = XMLText(child.cbc("Line")) { party.addressLines.append(line) }
      case (EInvoiceNamespace.ublBasic, "CityName"): party.city.fillOnce(child)
      case (EInvoiceNamespace.ublBasic, "PostalZone"): party.postalCode.fillOnce(child)
      case (EInvoiceNamespace.ublAggregate, "Country"):
        party.countryCode.fillOnce(child.cbc("IdentificationCode"))
      default: break
      }
    }
  }
}
