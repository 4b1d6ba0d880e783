public import Foundation

/// Writes a file slowly, in chunks, keeping it open all the while: a copy over a slow network or
/// an Excel save in progress.
public enum SlowWriter {
  /// Appends `chunks` to `file` one by one, `pause` apart, then closes it.
  /// - Returns: everything written.
  @discardableResult
  public static func write(_ chunks: [String], to file: URL, pause: Duration) async throws -> Data {
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    var written = Data()
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { try await Task.sleep(for: pause) }
      let data = Data(chunk.utf8)
      try handle.write(contentsOf: data)
      written.append(data)
    }
    return written
  }
}
