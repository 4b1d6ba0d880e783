public import Foundation
import Normalizer
import Parsers
import Receivables

/// `arflow bench csv`: writes a deterministic Excel-style open-items CSV and reads it back the
/// way a mapped source is read (streaming reader, then identifier, date and amount readers on
/// every row), measuring rows per second and peak memory.
public struct CSVBenchmark: Sendable {
  /// What one benchmark run measured.
  public struct Figures: Sendable {
    public let file: URL
    public let bytes: Int64
    public let lines: Int
    public let rows: Int
    public let seconds: Double
    public let peakResidentBytes: Int64
    public let openTotal: String
    public var rowsPerSecond: Double { Double(rows) / max(seconds, 1e-9) }
  }

  public let rows: Int

  public init(rows: Int) {
    self.rows = rows
  }

  /// Generates the file (unless it exists with the same row count) and reads it.
  public func run(file: URL) throws -> Figures {
    try BenchmarkFile(rows: rows).write(to: file)
    let started = ContinuousClock.now
    let stream = try CSVReader.records(from: file)
    var count = 0
    var lastLine = 0
    var open = Money.zero(.eur)
    let amounts = AmountReader(currency: .eur, notation: .decimalComma)
    let dates = DateReader(layout: .dayMonthYear(separator: "-"))
    let identifiers = IdentifierReader()
    _ = try stream.next()  // the header
    while let row = try stream.next() {
      _ = try identifiers.identifier(row.cells[0])
      _ = try identifiers.identifier(row.cells[1])
      _ = try dates.date(row.cells[3])
      _ = try dates.date(row.cells[4])
      _ = try amounts.money(row.cells[5])
      open = try open + amounts.money(row.cells[6])
      count += 1
      lastLine = row.line
    }
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let size =
      (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?
      .int64Value ?? 0
    return Figures(
      file: file, bytes: size, lines: lastLine, rows: count, seconds: seconds,
      peakResidentBytes: Self.peakResidentBytes(), openTotal: open.decimalString)
  }

  /// VmHWM from /proc/self/status: the most memory the process ever held.
  static func peakResidentBytes() -> Int64 {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Int64($0) }.first ?? 0
    return kilobytes * 1024
  }
}
