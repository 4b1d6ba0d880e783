import Foundation

/// A fresh `inbox/` folder under the temporary directory; `remove()` deletes it with its parent.
struct TempInbox {
  let root: URL
  let inbox: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-watcher-\(UUID().uuidString)", isDirectory: true)
    inbox = root.appendingPathComponent("inbox", isDirectory: true)
    try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
  }

  /// `inbox/.work/`.
  var work: URL { inbox.appendingPathComponent(".work", isDirectory: true) }

  func url(_ name: String) -> URL {
    inbox.appendingPathComponent(name, isDirectory: false)
  }

  /// Writes `text` (or `size` bytes) to `inbox/NAME` in one go.
  @discardableResult
  func drop(_ name: String, _ text: String = "invoice,amount\nR-1,10.00\n") throws -> URL {
    let url = url(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Sets a file's modification time `seconds` into the past.
  func age(_ name: String, by seconds: TimeInterval) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: url(name).path)
  }

  /// The names in `inbox/.work/`, sorted.
  func workNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []).sorted()
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
