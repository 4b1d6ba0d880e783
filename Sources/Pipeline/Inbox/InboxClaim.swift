import Foundation

/// Claims an inbox file for processing by moving it into `inbox/.work/` without ever replacing
/// a file there: whoever moves it first owns it.
enum InboxClaim {
  enum Failure: Error {
    /// The file was gone before it could be claimed: another process took it.
    case vanished
  }

  /// - Returns: the claimed file's new URL (a name already in `.work/` gets a numeric suffix).
  static func claim(_ url: URL, into work: URL) throws -> URL {
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let name = url.lastPathComponent
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    for attempt in 0..<100 {
      let candidate = attempt == 0 ? name : "\(base)~\(attempt)" + (ext.isEmpty ? "" : ".\(ext)")
      let target = work.appendingPathComponent(candidate)
      // link(2) fails rather than replace; the unlink then completes the move.
      if link(url.path, target.path) == 0 {
        unlink(url.path)
        return target
      }
      switch errno {
      case EEXIST: continue
      case ENOENT: throw Failure.vanished
      default: throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    }
    throw POSIXError(.EEXIST)
  }
}
