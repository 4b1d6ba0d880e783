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

  /// Each word `pdftotext -bbox` finds, with the left and top of its box in points, in reading
  /// order.
  public static func words(of pdf: Data) throws -> [(text: String, x: Double, y: Double)] {
    let html = try run(
      "/usr/bin/pdftotext", on: pdf, arguments: ["-bbox", "-enc", "UTF-8"], output: "-")
    return html.split(separator: "\n").compactMap { line in
      guard line.contains("<word"), let close = line.range(of: "\">"),
        let end = line.range(of: "</word>")
      else { return nil }
      func number(_ name: String) -> Double? {
        guard let start = line.range(of: name + "=\"") else { return nil }
        return Double(line[start.upperBound...].prefix { $0 != "\"" })
      }
      guard let x = number("xMin"), let y = number("yMin") else { return nil }
      return (String(line[close.upperBound..<end.lowerBound]), x, y)
    }
  }

  /// The `pdffonts` table rows: name, type, encoding, embedded, subset, ToUnicode.
  public static func fonts(of pdf: Data) throws -> [[String]] {
    let report = try run("/usr/bin/pdffonts", on: pdf, arguments: [], output: nil)
    return report.split(separator: "\n").dropFirst(2).map {
      $0.split(separator: " ").map(String.init)
    }
  }

  /// Page `page` rendered by poppler in grey at `dpi`: its width, height and one byte per pixel
  /// (0 black … 255 white).
  public static func grey(of pdf: Data, page: Int, dpi: Int) throws -> (
    width: Int, height: Int, pixels: [UInt8]
  ) {
    let image = try runData(
      "/usr/bin/pdftoppm", on: pdf,
      arguments: ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page)], output: nil)
    // A binary PGM: "P5", width, height, maximum, each followed by whitespace, then the pixels.
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while image[index] == 0x20 || image[index] == 0x0A { index += 1 }
      var number = 0
      while image[index] >= 0x30, image[index] <= 0x39 {
        number = number * 10 + Int(image[index] - 0x30)
        index += 1
      }
      fields.append(number)
    }
    return (fields[0], fields[1], Array(image[(index + 1)...]))
  }

  private static func run(_ tool: String, on pdf: Data, arguments: [String], output: String?)
    throws -> String
  {
    String(
      decoding: try runData(tool, on: pdf, arguments: arguments, output: output), as: UTF8.self)
  }

  private static func runData(_ tool: String, on pdf: Data, arguments: [String], output: String?)
    throws -> [UInt8]
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
    return Array(bytes)
  }
}
