import DurableFiles
import Exporter
import Foundation
import Normalizer

/// Writes the rows a CSV file did not get booked, with its header, as `NAME.rejected.csv`, so
/// they can be corrected and dropped into the inbox again.
enum RejectedRows {
  /// - Returns: the written file's name, or nil when the rejects are not CSV rows.
  static func write(_ normalized: NormalizedFile, originalName: String, to folder: URL) throws
    -> String?
  {
    guard let header = normalized.header else { return nil }
    let rows = normalized.rejected.compactMap(\.rawCells)
    guard !rows.isEmpty else { return nil }
    let name = "\((originalName as NSString).deletingPathExtension).rejected.csv"
    var csv = CSVText(delimiter: normalized.delimiter.flatMap(\.first) ?? ",")
    for row in [header] + rows { csv.append(row) }
    try AtomicWriter.write(Data(csv.text.utf8), to: folder.appendingPathComponent(name))
    return name
  }
}
