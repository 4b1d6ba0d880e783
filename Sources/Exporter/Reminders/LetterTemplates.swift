public import Foundation
public import Receivables
import Synchronization

/// The letter templates of one templates folder, each read and compiled the first time a letter
/// needs it and kept for the composer's life, so a batch of 10,000 letters reads a template once,
/// not once per letter. Safe to share between the threads that render a batch.
public final class LetterTemplates: Sendable {
  public let directory: URL
  private let loaded = Mutex<[String: LetterTemplate]>([:])

  public init(directory: URL) {
    self.directory = directory
  }

  /// The template for `level` in `language` (English when the language has none).
  /// - Throws: `ExportError` naming the missing or broken template; a failure is not kept, so
  ///   a template corrected between runs is read again.
  public func template(level: String, language: Language) throws(ExportError) -> LetterTemplate {
    let key = "\(language.rawValue)/\(level)"
    if let known = loaded.withLock({ $0[key] }) { return known }
    let template = try LetterTemplate.load(level: level, language: language, from: directory)
    loaded.withLock { $0[key] = template }
    return template
  }
}
