public import Foundation

/// The XML Schemas of the e-invoice syntaxes (UBL 2.1 Invoice and CreditNote, CII D16B), compiled
/// once, for an optional check of e-invoice files: a problem is a warning, never a refusal.
///
/// The folder is laid out like `shared/schemas`: `ubl-2.1/maindoc/UBL-Invoice-2.1.xsd`,
/// `ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd` and
/// `cii-d16b/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd`. Schemas may include
/// and import files inside the folder and nothing else; documents being checked load nothing.
/// A set is safe to use from many threads at once.
public struct XMLSchemaSet: Sendable {
  /// A document kind this set has a schema for.
  private struct Entry: Sendable {
    let namespace: String
    let rootName: String
    let schema: CompiledXMLSchema
  }

  private static let entryPoints: [(namespace: String, rootName: String, path: String)] = [
    (EInvoiceNamespace.ublInvoice, "Invoice", "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd"),
    (EInvoiceNamespace.ublCreditNote, "CreditNote", "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"),
    (
      EInvoiceNamespace.ciiMessage, "CrossIndustryInvoice",
      "cii-d16b/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd"
    ),
  ]

  private let entries: [Entry]

  /// Compiles the three entry schemas below `directory`.
  /// - Parameter directory: the schema folder (e.g. `shared/schemas`).
  /// - Throws: `ParseError` (`unreadableFile`) naming the folder or entry schema that is missing,
  ///   or the schema libxml2 could not compile.
  public init(directory: URL) throws(ParseError) {
    let folder = XMLEntityLoader.canonicalPath(directory.path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw ParseError(
        .unreadableFile, file: directory.path,
        message: "the XML Schema folder \(directory.path) does not exist",
        fix: "point arflow at a folder holding ubl-2.1/ and cii-d16b/, or leave schema checks off")
    }
    var entries: [Entry] = []
    for entryPoint in Self.entryPoints {
      let path = XMLEntityLoader.canonicalPath(folder + "/" + entryPoint.path)
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw ParseError(
          .unreadableFile, file: path,
          message: "the XML Schema \(entryPoint.path) is missing from \(directory.path)",
          fix: "copy the complete schema set into the folder (see its SOURCES.md)")
      }
      let schema = try CompiledXMLSchema(path: path, folder: folder)
      entries.append(
        Entry(namespace: entryPoint.namespace, rootName: entryPoint.rootName, schema: schema))
    }
    self.entries = entries
  }

  /// The compiled schema for a root element, when the set has one.
  func schema(namespace: String?, rootName: String) -> CompiledXMLSchema? {
    entries.first { $0.namespace == namespace && $0.rootName == rootName }?.schema
  }

  /// Checks an e-invoice file against the schema its root asks for (an envelope's payload when a
  /// Peppol SBDH wraps it). Never throws: a file that is not well-formed, or has no schema in
  /// this set, gives one problem saying so.
  /// - Parameters:
  ///   - bytes: the file's bytes, parsed as securely as `SecureXMLReader` does.
  ///   - file: the file name used in messages.
  public func problems(in bytes: Data, file: String) -> [SchemaProblem] {
    let attempt = SecureXMLReader.withParsedDocument(
      [UInt8](bytes)[...], file: file, lineOffset: 0, problems(of:))
    switch attempt {
    case .parsed(let problems): return problems
    case .failed(let error, _): return [SchemaProblem(line: error.line, message: error.message)]
    }
  }
}
