import Foundation

/// A throw-away schema folder laid out like `shared/schemas`, with tiny stand-in schemas: an
/// Invoice and a CreditNote that need a `cbc:ID` (imported from a sibling folder) and a CII root
/// that takes anything. The caller removes it.
struct MiniSchemaFolder {
  let url: URL

  static let ubl = "urn:oasis:names:specification:ubl:schema:xsd:"
  static let cii = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"

  /// - Parameter basicLocation: where the Invoice schema imports the cbc schema from, given the
  ///   folder's URL.
  init(basicLocation: (URL) -> String = { _ in "../common/Basic.xsd" }) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-schemas-\(UUID().uuidString)")
    try write(
      "ubl-2.1/common/Basic.xsd",
      Self.schema(
        Self.ubl + "CommonBasicComponents-2",
        body: "<xs:element name=\"ID\" type=\"xs:normalizedString\"/>"))
    for name in ["Invoice", "CreditNote"] {
      let location = name == "Invoice" ? basicLocation(url) : "../common/Basic.xsd"
      try write(
        "ubl-2.1/maindoc/UBL-\(name)-2.1.xsd",
        Self.schema(
          Self.ubl + "\(name)-2",
          body: """
            <xs:import namespace="\(Self.ubl)CommonBasicComponents-2" schemaLocation="\(location)"/>
            <xs:element name="\(name)"><xs:complexType><xs:sequence>
              <xs:element ref="cbc:ID"/>
              <xs:any namespace="##any" processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
            """))
    }
    try write(
      "cii-d16b/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd",
      Self.schema(
        Self.cii,
        body: """
          <xs:element name="CrossIndustryInvoice"><xs:complexType><xs:sequence>
            <xs:any namespace="##any" processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
          """))
  }

  /// Writes a file below the folder, creating its folders.
  func write(_ path: String, _ text: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }

  private static func schema(_ namespace: String, body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="\(namespace)"
      xmlns:cbc="\(ubl)CommonBasicComponents-2" elementFormDefault="qualified">
    \(body)
    </xs:schema>
    """
  }
}
