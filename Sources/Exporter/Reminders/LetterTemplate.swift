public import Foundation
import Mustache
public import Receivables

/// A reminder text of `mappings/templates/LANG/LEVEL.mustache`, rendered into the parts of a letter.
///
/// The template's first line is `Subject: …`; a line `---items---` marks where the table of
/// items goes; paragraphs are separated by blank lines.
public struct LetterTemplate: Sendable {
  let template: MustacheTemplate
  let file: String

  /// Loads the template for a level and language from `templatesDirectory`, falling back to
  /// English when the language has none.
  /// - Throws: `ExportError` naming the missing or broken template.
  public static func load(
    level: String, language: Language, from templatesDirectory: URL
  ) throws(ExportError) -> LetterTemplate {
    let candidates = [language, .en].map {
      templatesDirectory.appendingPathComponent($0.rawValue).appendingPathComponent(
        "\(level).mustache")
    }
    guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) })
    else {
      throw ExportError(
        "there is no letter template for level '\(level)' (looked for \(candidates.map(\.path).joined(separator: ", ")))",
        fix: "add mappings/templates/en/\(level).mustache")
    }
    do {
      let text = try String(contentsOf: file, encoding: .utf8)
      return LetterTemplate(template: try MustacheTemplate(string: text), file: file.path)
    } catch {
      throw ExportError(
        "\(file.path) cannot be read as a Mustache template: \(error)", fix: "correct the template")
    }
  }

  /// The rendered subject, the paragraphs before the table and those after it.
  func render(_ values: [String: Any]) throws(ExportError) -> (
    subject: String, before: [String], after: [String]
  ) {
    let text = template.render(values)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty {
      lines.removeFirst()
    }
    guard let first = lines.first, first.hasPrefix("Subject:") else {
      throw ExportError(
        "\(file) does not start with a 'Subject:' line", fix: "put the subject on the first line")
    }
    let subject = first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
    let body = lines.dropFirst().joined(separator: "\n")
    let halves = body.split(separator: "---items---", omittingEmptySubsequences: false)
    return (subject, paragraphs(halves[0]), halves.count > 1 ? paragraphs(halves[1]) : [])
  }

  private func paragraphs(_ text: Substring) -> [String] {
    text.split(separator: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }
}
