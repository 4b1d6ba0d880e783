import Foundation
import Receivables

/// An error told in a bookkeeper's words: arflow's own errors as they explain themselves, the
/// system's as what happened ("the disk is full"), never Foundation's domain and code text.
enum ErrorWords {
  static func describe(_ error: any Error) -> String {
    if let explained = error as? any ExplainedError { return explained.placedMessage }
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    switch CocoaError.Code(rawValue: ns.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return "the file is not there any more"
    case .fileReadNoPermission, .fileWriteNoPermission: return "arflow may not read or write it"
    case .fileWriteOutOfSpace: return "the disk is full"
    case .fileReadCorruptFile: return "the file cannot be read"
    case .fileLocking: return "another program holds the file"
    default: return "the system refused (error \(ns.code))"
    }
  }
}
