import ArgumentParser

/// The `arflow` command: accounts receivable as a file-drop pipeline.
@main
struct Arflow: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "arflow",
    abstract: "Accounts receivable and credit management as a file-drop pipeline.",
    discussion: """
      Drop accounting exports and bank statements into inbox/; arflow books them, matches \
      payments to invoices, and writes reminder letters into outbox/.
      """,
    subcommands: [
      InitCommand.self, RunCommand.self, WatchCommand.self, StatusCommand.self, InspectCommand.self,
      MatchCommand.self, AllocateCommand.self, UnallocateCommand.self, DemoCommand.self,
      BenchCommand.self,
    ])
}
