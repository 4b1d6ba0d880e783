public import Foundation
import Yams

/// The one reader of arflow's YAML files (`mappings/*.yaml`, the source mappings, agencies,
/// rate tables): decodes a `Decodable` form strictly.
///
/// Strict means a key the form does not read is an error that names the file, the line and the
/// keys that are valid there, because a misspelt key (`autoAply: false`) would otherwise keep
/// its default without a word. Values are checked as the form asks for them: a number where a
/// number belongs, a date where a date belongs, each error with its line.
public enum ConfigurationFile {
  /// A mappings file's text.
  /// - Throws: `ConfigurationError` `unreadable` naming the file when it cannot be read as UTF-8.
  public static func text(of file: URL, name: String) throws(ConfigurationError) -> String {
    do {
      return try String(contentsOf: file, encoding: .utf8)
    } catch {
      throw ConfigurationError(
        .unreadable, file: name, message: "cannot be read as UTF-8 text",
        fix: "check that the file exists, is readable and is saved as UTF-8")
    }
  }

  /// Reads and decodes `file`.
  /// - Parameters:
  ///   - type: the file's form.
  ///   - file: the file.
  ///   - name: the name used in errors (default: the file's last path component).
  /// - Throws: `ConfigurationError` naming the file, the line and what to write instead.
  public static func decode<T: Decodable>(
    _ type: T.Type, from file: URL, name: String? = nil
  ) throws(ConfigurationError) -> T {
    let name = name ?? file.lastPathComponent
    return try decode(type, from: text(of: file, name: name), name: name)
  }

  /// Decodes YAML text.
  /// - Throws: `ConfigurationError` naming `name`, the line and what to write instead.
  public static func decode<T: Decodable>(
    _ type: T.Type, from text: String, name: String
  ) throws(ConfigurationError) -> T {
    let root: Node
    do {
      root = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
    } catch let error as YamlError {
      throw ConfigurationError(
        .notYAML, file: name, line: Self.line(of: error),
        message: "cannot be read as YAML (\(error))",
        fix: "indent with spaces, close every quote, and put a space after each colon")
    } catch {
      throw ConfigurationError(
        .notYAML, file: name, message: "cannot be read as YAML", fix: "correct the YAML")
    }
    let usage = KeyUsage()
    let value: T
    do {
      value = try T(from: NodeDecoder(node: root, path: [], usage: usage, file: name))
    } catch let error as ConfigurationError {
      throw error
    } catch let error as DecodingError {
      throw ConfigurationError(decoding: error, file: name, root: root)
    } catch {
      throw ConfigurationError(
        .wrongValue, file: name, message: "\(error)", fix: "see mappings/README.md")
    }
    try usage.refuseUnknownKeys(in: root, file: name)
    return value
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default:
      return nil
    }
  }
}
