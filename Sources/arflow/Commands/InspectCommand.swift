import ArgumentParser
import Foundation
import Pipeline

/// `arflow inspect FILE`: how arflow reads a file, without booking anything.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Show how a file is read (mapping, encoding, records, rejects) without booking it.",
    discussion: """
      --json prints one JSON object per line: the records (kind invoice, creditNote, customer or \
      payment), the rejected rows (kind rejected), then a summary (kind summary). The field \
      names are stable; see mappings/README.md.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The file to read.")
  var file: String

  @Option(help: "Read with this mapping instead of recognising one.")
  var mapping: String?

  @Flag(help: "Print JSON lines for scripts.")
  var json = false

  @Flag(help: "Print the rows the CSV reader saw (JSON arrays), then the summary.")
  var raw = false

  func run() throws {
    let url = URL(fileURLWithPath: file)
    let inspection = try FileInspection.inspect(url, in: options.workspaceFolder, mapping: mapping)
    let lines = InspectionLines(inspection: inspection, file: url.lastPathComponent)
    if raw || json {
      for line in raw ? lines.raw() : lines.json() { print(line) }
    } else {
      print(lines.text(), terminator: "")
    }
    if inspection.normalized == nil { throw ExitCode(2) }
  }
}
