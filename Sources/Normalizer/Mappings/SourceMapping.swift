/// How to read one kind of accounting export: which files, which columns, which dialect.
///
/// Loaded from `mappings/sources/NAME.yaml`; documented in `mappings/README.md`.
public struct SourceMapping: Sendable, Codable, Equatable {
  /// The mapping's name, the YAML file's base name unless the file says otherwise.
  public var name: String
  /// What the file holds; only `open-items` for now.
  public var kind: String
  /// How to recognise the files this mapping reads.
  public var recognise: Recognition
  public var dialect: Dialect
  public var defaults: Defaults
  /// For each target field, the column names that may hold it (first found wins).
  public var fields: [String: [String]]

  /// File-name globs and column names that identify a file for this mapping.
  public struct Recognition: Sendable, Codable, Equatable {
    public var fileNames: [String]
    /// Columns the header row must contain (case, space and BOM-insensitive).
    public var columns: [String]
  }

  /// How values are written in the file.
  public struct Dialect: Sendable, Codable, Equatable {
    /// "." or ",".
    public var decimalSeparator: String
    /// One of: yyyy-mm-dd, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy.
    public var dateFormat: String
  }

  /// Values used when a row leaves a field empty.
  public struct Defaults: Sendable, Codable, Equatable {
    public var currency: String?
    /// Days after the invoice date when no due date is given.
    public var paymentTermsDays: Int?
  }

  /// The fields every open-items mapping must map.
  static let requiredFields = ["number", "customerID", "customerName", "issueDate", "amount"]
  /// Every field an open-items mapping may map.
  static let knownFields: Set<String> = [
    "number", "customerID", "customerName", "email", "issueDate", "dueDate", "amount",
    "openAmount", "currency", "paymentReference", "street", "postalCode", "city", "country",
    "language",
  ]
}
