public import Foundation
public import Normalizer
import Parsers
import Receivables
import Reconciler

/// What `arflow inspect` shows for one file: how it was read and the records it would book,
/// without touching the ledger or moving the file.
public struct FileInspection: Sendable {
  /// The records, rejects and reading decisions; nil when the file cannot be read as a whole.
  public let normalized: NormalizedFile?
  /// Why the whole file cannot be read: what, where and how to fix it.
  public let failure: String?
  /// The rows the CSV reader saw after decoding and dialect detection (CSV files only).
  public let rawRows: [[String]]?

  /// Reads `file` with the workspace's mappings (or the bundled defaults outside a workspace).
  /// - Parameter mapping: a mapping's name to use instead of recognising one.
  public static func inspect(_ file: URL, in workspace: Workspace, mapping: String?)
    throws -> FileInspection
  {
    let folder =
      workspace.isInitialised
      ? workspace.sourceMappings
      : try DefaultFiles.mappingsFolder()
        .appendingPathComponent("sources")
    let mappings = try SourceMapping.loadAll(from: folder)
    let inbox: InboxFile
    do {
      inbox = try InboxFile(url: file)
    } catch {
      throw PipelineError(
        .input, "cannot be read", fix: "check the path", location: file.path,
        cause: error)
    }
    let isXML =
      inbox.bytes.prefix(64).first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
      == UInt8(ascii: "<")
    let raw = isXML ? nil : try? CSVReader.read(inbox.bytes, file: inbox.name).rows.map(\.cells)
    let schemas = try SchemaCache.shared.schemas(in: workspace.schemas)
    let ownAccounts = workspace.isInitialised ? try workspace.ownBankAccounts() : []
    let balanceMismatch =
      workspace.isInitialised
      ? try ReconciliationPolicy.load(from: workspace.reconciliationPolicyFile).balanceMismatch
      : .book
    do {
      var reading = FileReading(
        mappings: mappings, forcedMapping: mapping,
        schemas: schemas)
      reading.ownAccounts = ownAccounts
      reading.balanceMismatch = balanceMismatch
      let normalized = try reading.read(inbox)
      return FileInspection(normalized: normalized, failure: nil, rawRows: raw)
    } catch {
      let place = error.location.map { " (\($0))" } ?? ""
      return FileInspection(
        normalized: nil, failure: "\(error.message)\(place); \(error.fix)", rawRows: raw)
    }
  }
}
