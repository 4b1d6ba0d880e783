import Foundation

/// An `arflow` child process a test started (usually `arflow watch`), with ways to stop it.
public final class RunningArflow: @unchecked Sendable {
  let process: Process
  private let errorFile: URL

  /// Starts the built `arflow` with `arguments`; its standard error goes to a temporary file.
  public init(_ arguments: [String], environment: [String: String] = [:]) throws {
    guard let url = ArflowBinary.url else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "arflow"])
    }
    process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-stderr-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    try? FileManager.default.removeItem(at: errorFile)
  }

  public var isRunning: Bool { process.isRunning }

  /// What the process logged so far.
  public var log: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

  /// Sends SIGTERM, as systemd does on stop.
  public func terminate() { kill(process.processIdentifier, SIGTERM) }

  /// Sends SIGKILL, as a power cut would.
  public func kill9() { kill(process.processIdentifier, SIGKILL) }

  /// Waits for the process to end; nil when it is still running after `timeout`.
  public func waitForExit(timeout: Duration = .seconds(30)) async -> (
    status: Int32, bySignal: Bool
  )? {
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
      if ContinuousClock.now > deadline { return nil }
      try? await Task.sleep(for: .milliseconds(50))
    }
    return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
  }
}

/// Waits until `condition` holds, polling; false when `timeout` passed first.
public func eventually(
  timeout: Duration = .seconds(30), _ condition: () throws -> Bool
) async rethrows -> Bool {
  let deadline = ContinuousClock.now + timeout
  while ContinuousClock.now < deadline {
    if try condition() { return true }
    try? await Task.sleep(for: .milliseconds(100))
  }
  return try condition()
}
