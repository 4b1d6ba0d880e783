import CLibXML2

/// Collects the errors libxml2 reports through a structured error handler (schema compilation
/// and validation), keeping the first `limit` of them.
final class XMLErrorLog {
  private(set) var problems: [SchemaProblem] = []
  private(set) var dropped = 0
  private let limit: Int

  init(limit: Int) { self.limit = limit }

  /// The handler to give libxml2, with `Unmanaged.passUnretained(log).toOpaque()` as its data.
  static let handler: xmlStructuredErrorFunc = { data, error in
    guard let data, let error else { return }
    let log = Unmanaged<XMLErrorLog>.fromOpaque(data).takeUnretainedValue()
    log.record(error.pointee)
  }

  /// Runs `body` with this log's handler data pointer, keeping the log alive meanwhile.
  func withHandlerData<Result>(_ body: (UnsafeMutableRawPointer) -> Result) -> Result {
    withExtendedLifetime(self) { body(Unmanaged.passUnretained(self).toOpaque()) }
  }

  /// The problems, with a last one saying how many more were left out.
  var report: [SchemaProblem] {
    guard dropped > 0 else { return problems }
    return problems + [SchemaProblem(line: nil, message: "\(dropped) more problems not listed")]
  }

  private func record(_ error: xmlError) {
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    guard problems.count < limit else {
      dropped += 1
      return
    }
    let text = error.message.map { String(cString: $0) } ?? "libxml2 gave no message"
    let message = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    problems.append(SchemaProblem(line: error.line > 0 ? Int(error.line) : nil, message: message))
  }
}
