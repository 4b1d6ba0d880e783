import CLibXML2

/// The first problem libxml2 reported while streaming one document: the first fatal error, or
/// the first error when none is fatal (warnings are ignored), with its line, column and text.
final class XMLStreamProblem {
  private(set) var isRecorded = false
  private(set) var isFatal = false
  private(set) var line = 0
  private(set) var column = 0
  private(set) var message = ""

  /// The handler to give libxml2, with `Unmanaged.passUnretained(problem).toOpaque()` as data.
  static let handler: xmlStructuredErrorFunc = { data, error in
    guard let data, let error else { return }
    Unmanaged<XMLStreamProblem>.fromOpaque(data).takeUnretainedValue().record(error.pointee)
  }

  /// The data pointer for `handler`; the owner keeps this object alive while libxml2 may call it.
  var handlerData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  private func record(_ error: xmlError) {
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let fatal = error.level == XML_ERR_FATAL
    if isRecorded && (isFatal || !fatal) { return }
    isRecorded = true
    isFatal = fatal
    line = Int(error.line)
    column = Int(error.int2)
    let text = error.message.map { String(cString: $0) } ?? "libxml2 gave no message"
    message = text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
