public import Foundation
import Testing

/// Runs poppler's command-line tools on rendered PDF bytes, in a temp dir that is removed after.
public enum PopplerTools {
  /// The PDF's text, pages separated by form feeds, as `pdftotext` extracts it.
  public static func text(of pdf: Data) throws -> String {
    try run("/usr/bin/pdftotext", on: pdf, arguments: ["-enc", "UTF-8"], output: "-")
  }

  /// The "Key: value" lines `pdfinfo` prints, as a dictionary.
  public static func info(of pdf: Data) throws -> [String: String] {
    let report = try run("/usr/bin/pdfinfo", on: pdf, arguments: [], output: nil)
    var fields: [String: String] = [:]
    for line in report.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    return fields
  }

  private static func run(_ tool: String, on pdf: Data, arguments: [String], output: String?)
    throws -> String
  {
    try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is not installed")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "exporter-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("letters.pdf")
    try pdf.write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments + [file.path] + (output.map { [$0] } ?? [])
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(tool) failed on the rendered PDF")
    return String(decoding: bytes, as: UTF8.self)
  }
}
