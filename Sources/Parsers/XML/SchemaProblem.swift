/// One way an XML document breaks its XML Schema, as libxml2 words it; a warning, never a reason
/// to refuse the file.
public struct SchemaProblem: Sendable, Hashable {
  /// The 1-based line in the file, when libxml2 knows it.
  public var line: Int?
  /// libxml2's message, e.g. `Element '{…}Foo': This element is not expected.`
  public var message: String

  public init(line: Int?, message: String) {
    self.line = line
    self.message = message
  }
}
