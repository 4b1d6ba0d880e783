import ArgumentParser
import Foundation
import Pipeline

/// The `arflow` command: accounts receivable as a file-drop pipeline.
@main
struct Arflow: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "arflow",
    abstract: "Accounts receivable and credit management as a file-drop pipeline.",
    discussion: """
      Drop accounting exports and bank statements into inbox/; arflow books them, matches \
      payments to invoices, and writes reminder letters into outbox/. pause, dispute, promise \
      and arrangement hold reminders back, dun shows or approves the day's plan (a holds CSV in inbox/ does the same); customer shows \
      one customer's items, holds and documents; interest and costs compute statutory claims.

      Exit status: 0 all went well; 1 an error in the data or the set-up (the message says what \
      to fix); 2 a file could not be read (it is in inbox/failed/ with NAME.error.txt) or a reminder \
      document could not be made (its manifest lists it as failed, with the reason); 3 rows \
      of a file were rejected (NAME.rejected.csv beside the report); 64 a wrong command line.
      """,
    version: ArflowVersion.text,
    subcommands: [
      InitCommand.self, DoctorCommand.self, RunCommand.self, WatchCommand.self, StatusCommand.self,
      InspectCommand.self, ItemsCommand.self, ItemCommand.self, ConfirmSnapshotCommand.self,
      MatchCommand.self, AllocateCommand.self, UnallocateCommand.self, DunCommand.self,
      CustomerCommand.self, PauseCommand.self, ResumeCommand.self, DisputeCommand.self,
      PromiseCommand.self, ArrangementCommand.self, InterestCommand.self, CostsCommand.self,
      DemoCommand.self, BenchCommand.self,
    ])

  /// Runs the command; an error arflow explains is printed as what, where and what to do (exit
  /// 1, no usage text), a wrong command line as argument-parser does (exit 64).
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch let error as any ExplainedError {
      let text = "error: \(error.placedMessage); \(error.fix)\n"
      FileHandle.standardError.write(Data(text.utf8))
      Foundation.exit(ExitStatus.dataOrSetUp)
    } catch {
      exit(withError: error)
    }
  }
}

/// The exit statuses of `arflow`, as the README's table lists them.
enum ExitStatus {
  /// An error in the data or the set-up: the message says what to fix.
  static let dataOrSetUp: Int32 = 1
  /// A file could not be read and is in `inbox/failed/`, or a dunning document could not be
  /// made (the batch's manifest lists it as failed; the next run tries it again).
  static let fileFailed: Int32 = 2
  /// Rows of a file were rejected (`NAME.rejected.csv`).
  static let rowsRejected: Int32 = 3
}
