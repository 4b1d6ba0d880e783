/// One file embedded in a PDF (its `EmbeddedFiles` name tree), as the PDF declares it.
///
/// poppler-glib does not expose the embedded file's MIME type (`/Subtype`) or its Factur-X
/// `/AFRelationship`, so neither is listed.
public struct PDFEmbeddedFile: Sendable, Hashable {
  /// The file name (`/UF`, else `/F`), e.g. `factur-x.xml`, as UTF-8.
  public var name: String
  /// The size the PDF declares (`/Params /Size`), in bytes; nil when it declares none. Never
  /// trusted: the bytes are counted while they are read.
  public var declaredSize: Int?
  /// The file specification's `/Desc`, e.g. `Factur-X Invoice`.
  public var description: String?

  public init(name: String, declaredSize: Int? = nil, description: String? = nil) {
    self.name = name
    self.declaredSize = declaredSize
    self.description = description
  }
}
