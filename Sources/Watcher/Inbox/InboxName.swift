/// Which inbox names are candidates and which are temporary, hidden or markers.
public enum InboxName {
  /// Endings of names that writers use while a file is still being written or downloaded.
  static let temporaryEndings = [".tmp", ".part", ".partial", ".crdownload", ".filepart"]

  /// Endings of the empty markers a sending system writes beside a finished file.
  static let markerEndings = [".done", ".ok"]

  /// Whether a name at the top of `inbox/` may be a file to ingest.
  ///
  /// Refused: hidden names (`.x`, `.~lock.x#`, `.work`), Office owner files (`~$x.xlsx`),
  /// temporary endings (`*.tmp`, `*.part`, `*.partial`, `*.crdownload`, `*.filepart`, in any
  /// case), done markers (`*.done`, `*.ok`) and arflow's own explanations (`*.error.txt`).
  /// Whether the name is a regular file is the scan's business, not the name's.
  public static func isCandidate(_ name: String) -> Bool {
    guard !name.isEmpty, !name.contains("/") else { return false }
    if name.hasPrefix(".") || name.hasPrefix("~$") { return false }
    let lower = name.lowercased()
    let refused = temporaryEndings + markerEndings + [".error.txt"]
    return !refused.contains { lower.hasSuffix($0) }
  }

  /// The marker names that release `name` in done-marker mode (`NAME.done`, `NAME.ok`).
  static func markers(for name: String) -> [String] {
    markerEndings.map { name + $0 }
  }

  /// The file a marker name releases, if the name is a marker (`x.csv.done` → `x.csv`).
  static func markedFile(of marker: String) -> String? {
    for ending in markerEndings where marker.hasSuffix(ending) {
      let file = String(marker.dropLast(ending.count))
      return isCandidate(file) ? file : nil
    }
    return nil
  }
}
