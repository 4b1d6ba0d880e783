extension CIIInvoiceReader {
  /// The `schemeID` of a `ram:SpecifiedTaxRegistration/ram:ID` that holds a VAT identifier
  /// (`FC` is a national tax number, not BT-31/BT-48).
  static let vatScheme = "VA"

  /// A `ram:SellerTradeParty` or `ram:BuyerTradeParty` (BG-4 / BG-7); empty when absent.
  static func party(_ element: XMLElementNode?) -> EInvoiceParty {
    var party = EInvoiceParty()
    guard let element else { return party }
    var address: XMLElementNode?
    for child in element.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "Name": party.name.fillOnce(child)
      case "ID", "GlobalID": party.identifier.fillOnce(child, qualifier: "schemeID")
      case "SpecifiedTaxRegistration":
        if let id = child.ram("ID"), id.attributes["schemeID"] == vatScheme {
          party.vatID.fillOnce(id, qualifier: "schemeID")
        }
      case "SpecifiedLegalOrganization":
        party.legalID.fillOnce(child.ram("ID"), qualifier: "schemeID")
      case "URIUniversalCommunication":
        party.electronicAddress.fillOnce(child.ram("URIID"), qualifier: "schemeID")
      case "PostalTradeAddress":
        address = address ?? child
      case "DefinedTradeContact":
        party.contactEmail.fillOnce(child.ram("EmailURIUniversalCommunication")?.ram("URIID"))
        if party.contactName == nil {
          party.contactName =
            XMLText(child.ram("PersonName")) ?? XMLText(child.ram("DepartmentName"))
        }
      default: break
      }
    }
    if let address { fillAddress(address, into: &party) }
    return party
  }

  /// `ram:PostalTradeAddress`: lines one to three, city, postcode and country.
  private static func fillAddress(_ address: XMLElementNode, into party: inout EInvoiceParty) {
    for child in address.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "LineOne", "LineTwo", "LineThree":
        if let line = XMLText(child) { party.addressLines.append(line) }
      case "CityName": party.city.fillOnce(child)
      case "PostcodeCode": party.postalCode.fillOnce(child)
      case "CountryID": party.countryCode.fillOnce(child)
      default: break
      }
    }
  }
}
