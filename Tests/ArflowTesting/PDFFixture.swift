public import Foundation

/// Minimal PDFs written byte by byte for these tests: a catalog, one empty page, an
/// `EmbeddedFiles` name tree of file specifications with embedded file streams, a classic xref
/// table whose offsets are computed here, and a trailer.
public enum PDFFixture {
  /// One embedded file.
  public struct Attachment {
    public var name: String
    public var content: Data
    /// `/Params /Size`; nil writes no `/Params`.
    public var declaredSize: Int?
    /// `/Filter`, e.g. `FlateDecode` when `content` is already compressed.
    public var filter: String?

    /// An attachment declaring its true size (unless `declaredSize` says otherwise).
    public init(_ name: String, _ content: Data, declaredSize: Int? = nil) {
      self.name = name
      self.content = content
      self.declaredSize = declaredSize ?? content.count
    }

    /// An attachment stored with a filter, declaring `declaredSize` (or no size at all).
    public init(_ name: String, _ content: Data, filter: String, declaredSize: Int?) {
      self.name = name
      self.content = content
      self.declaredSize = declaredSize
      self.filter = filter
    }

    /// An attachment that declares no size at all.
    public static func undeclared(_ name: String, _ content: Data) -> Attachment {
      var attachment = Attachment(name, content)
      attachment.declaredSize = nil
      return attachment
    }

    public init(_ name: String, text: String) { self.init(name, Data(text.utf8)) }
  }

  /// A PDF embedding `attachments` in this order.
  /// - Parameters:
  ///   - encrypted: adds a Standard security handler whose user password is not empty, so no
  ///     reader opens it without the password.
  ///   - wrongOffsets: shifts every xref offset, so readers must rebuild the table.
  public static func pdf(
    _ attachments: [Attachment], encrypted: Bool = false, wrongOffsets: Bool = false
  ) -> Data {
    var objects: [Data] = []
    let names = attachments.enumerated().map { index, attachment in
      "\(literal(attachment.name)) \(4 + 2 * index) 0 R"
    }
    let tree =
      attachments.isEmpty
      ? "" : " /Names << /EmbeddedFiles << /Names [\(names.joined(separator: " "))] >> >>"
    objects.append(Data("<< /Type /Catalog /Pages 2 0 R\(tree) >>".utf8))
    objects.append(Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
    objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".utf8))
    for (index, attachment) in attachments.enumerated() {
      let name = literal(attachment.name)
      objects.append(
        Data(
          ("<< /Type /Filespec /F \(name) /UF \(name) /Desc (test attachment) "
            + "/AFRelationship /Data /EF << /F \(5 + 2 * index) 0 R >> >>").utf8))
      objects.append(stream(attachment))
    }
    return assemble(objects, encrypted: encrypted, wrongOffsets: wrongOffsets)
  }

  /// A PDF carrying one `factur-x.xml` with this text.
  public static func facturX(_ text: String) -> Data {
    pdf([Attachment("factur-x.xml", text: text)])
  }

  private static func stream(_ attachment: Attachment) -> Data {
    var dictionary = "<< /Type /EmbeddedFile /Subtype /text#2Fxml"
    if let size = attachment.declaredSize { dictionary += " /Params << /Size \(size) >>" }
    if let filter = attachment.filter { dictionary += " /Filter /\(filter)" }
    dictionary += " /Length \(attachment.content.count) >>\nstream\n"
    var bytes = Data(dictionary.utf8)
    bytes.append(attachment.content)
    bytes.append(Data("\nendstream".utf8))
    return bytes
  }

  private static func assemble(_ objects: [Data], encrypted: Bool, wrongOffsets: Bool) -> Data {
    var pdf = Data("%PDF-1.7\n%".utf8) + Data([0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(pdf.count)
      pdf.append(Data("\(index + 1) 0 obj\n".utf8))
      pdf.append(object)
      pdf.append(Data("\nendobj\n".utf8))
    }
    let xref = pdf.count
    var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let shown = String(offset + (wrongOffsets ? 7 : 0))
      table += String(repeating: "0", count: 10 - shown.count) + shown + " 00000 n \n"
    }
    var trailer = "/Size \(objects.count + 1) /Root 1 0 R"
    if encrypted {
      let id = String(repeating: "5A", count: 16)
      trailer +=
        " /Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <\(String(repeating: "4F", count: 32))>"
        + " /U <\(String(repeating: "55", count: 32))> >> /ID [<\(id)> <\(id)>]"
    }
    table += "trailer\n<< \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
    pdf.append(Data(table.utf8))
    return pdf
  }

  /// A PDF literal string with `\`, `(` and `)` escaped.
  private static func literal(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\()".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return "(\(escaped))"
  }
}
