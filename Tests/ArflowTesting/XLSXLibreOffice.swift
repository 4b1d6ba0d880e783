public import Foundation

/// LibreOffice run headless to turn a CSV file into an `.xlsx`, as an independent writer of
/// workbooks for the reader's tests.
public enum XLSXLibreOffice {
  /// `soffice` on the PATH, nil when LibreOffice is not installed (the tests then skip, saying
  /// so; CI installs `libreoffice-calc-nogui`).
  public static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin")
      .split(separator: ":")
    return folders.map { "\($0)/soffice" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// The CSV import filter and its options (LibreOffice Help, "CSV Filter Options"): field
  /// separator 44 (`,`), text delimiter 34 (`"`), character set 76 (UTF-8), start at line 1,
  /// no per-column formats, language 1033 (English, US: `.` is the decimal point), quoted fields
  /// as text (`"00123"` stays text), detect special numbers (ISO dates become dates).
  public static let csvImport = "Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true"

  /// Converts `csv` (a file in `folder`) to an `.xlsx` next to it and returns its bytes.
  /// - Throws: when soffice fails, times out after two minutes or writes no workbook.
  public static func convert(_ csv: URL, in folder: URL) throws -> Data {
    guard let path else { throw Failure(message: "soffice is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = [
      "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
      "--headless", "--norestore", "--infilter=\(csvImport)", "--convert-to", "xlsx",
      "--outdir", folder.path, csv.path,
    ]
    let log = folder.appendingPathComponent("soffice.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw Failure(message: "soffice took longer than two minutes")
    }
    let output = csv.deletingPathExtension().appendingPathExtension("xlsx")
    guard process.terminationStatus == 0,
      let bytes = FileManager.default.contents(atPath: output.path)
    else {
      let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      throw Failure(
        message: "soffice exited \(process.terminationStatus) without a workbook: \(said)")
    }
    return bytes
  }

  /// Why a conversion failed.
  public struct Failure: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }
}
