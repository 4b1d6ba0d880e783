import Foundation
import Parsers

/// The shared XML Schema set (`shared/schemas`, never copied into the package), found by walking
/// up from this source file like `Corpus` does, and compiled once for all tests.
enum SchemaFolder {
  /// `<ancestor>/shared/schemas`, or nil when no ancestor has one.
  static let root: URL? = Corpus.sharedFolder("schemas")

  /// Whether the schemas and the corpus are there; prints why not, so a skipped run says so.
  static var isAvailable: Bool {
    if root == nil {
      print("schema tests skipped: no ancestor of \(#filePath) has a shared/schemas folder")
    }
    return root != nil && Corpus.isAvailable
  }

  /// The compiled set, shared by every test (compiling UBL 2.1 takes a moment).
  static let schemas: Result<XMLSchemaSet, ParseError>? = root.map { root in
    Result { () throws(ParseError) in try XMLSchemaSet(directory: root) }
  }
}
