public import Receivables

/// Why the inbox could not be watched, a file not claimed or the workspace not locked, and what
/// to do about it.
public struct WatchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Which kind of problem this is; stable for callers to branch on.
  public enum Code: String, Sendable, Equatable {
    /// The inbox folder does not exist, is not a folder or cannot be read.
    case inboxUnreadable
    /// The file left the inbox between the scan and the claim: someone else took it; skip it.
    case vanished
    /// The file changed after it was reported stable; it will be reported again once it settles.
    case changed
    /// The file could not be moved into `inbox/.work/` (permissions, disk, file system).
    case claimFailed
    /// Another arflow process holds the workspace lock.
    case locked
    /// The lock file could not be created, opened or locked.
    case lockFailed
  }

  /// Which kind of problem this is.
  public let code: Code
  /// The file or folder concerned.
  public let path: String
  /// What is wrong.
  public let message: String
  /// What to do about it.
  public let fix: String

  init(_ code: Code, path: String, message: String, fix: String) {
    self.code = code
    self.path = path
    self.message = message
    self.fix = fix
  }

  /// One readable line: `path: message. Fix: fix. [code]`.
  public var description: String {
    "\(path): \(sentence(message)) Fix: \(sentence(fix)) [\(code.rawValue)]"
  }

  private func sentence(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard let last = flat.last else { return flat }
    return ".!?".contains(last) ? flat : flat + "."
  }
}

extension WatchError: ExplainedError {
  /// The file or folder concerned.
  public var location: String? { path }
}
