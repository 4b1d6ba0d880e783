public import Foundation

/// Reads XML with libxml2 safely: no network, no DTDs, no entity expansion, errors located.
///
/// A document carrying a `<!DOCTYPE …>` is refused before anything in it is read (bank
/// statements and e-invoices never have one); every external entity load is refused as well.
/// The libxml2 tree is copied into `XMLElementNode` values and freed at once.
public enum SecureXMLReader {
  /// Reads one XML document and returns its root element.
  /// - Parameters:
  ///   - bytes: the file's bytes, in the encoding its XML declaration names (UTF-8 by default).
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` with code `documentTypeRefused`, `malformedXML` (libxml2's message,
  ///   line and column), `emptyDocument` or `documentTooLarge`.
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> XMLElementNode {
    switch parseDocument([UInt8](bytes)[...], file: file, lineOffset: 0) {
    case .parsed(let root): return root
    case .failed(let error, _): throw error
    }
  }

  /// Reads a file that may hold several complete XML documents one after another (some banks
  /// and tools concatenate camt files) and returns each root in file order.
  ///
  /// A file with one document gives one root, exactly as `read` does. Line numbers stay those
  /// of the whole file.
  /// - Throws: the same errors as `read`, for the first document that fails.
  public static func readDocuments(_ bytes: Data, file: String) throws(ParseError)
    -> [XMLElementNode]
  {
    var rest = [UInt8](bytes)[...]
    var lineOffset = 0
    var roots: [XMLElementNode] = []
    while true {
      let split: Int
      switch parseDocument(rest, file: file, lineOffset: lineOffset) {
      case .parsed(let root):
        roots.append(root)
        return roots
      case .failed(let error, let nextDocumentStart):
        guard let nextDocumentStart,
          case .parsed(let first) = parseDocument(
            rest[..<nextDocumentStart], file: file, lineOffset: lineOffset)
        else { throw error }
        roots.append(first)
        split = nextDocumentStart
      }
      lineOffset += rest[..<split].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
      rest = rest[split...]
    }
  }
}
