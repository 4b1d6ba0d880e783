public import Foundation

/// Runs the real `arflow` executable that `swift build` put beside the test bundle.
public enum ArflowBinary {
  /// The built `arflow` executable, or nil when it has not been built.
  public static var url: URL? {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.deletingLastPathComponent())
    }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    for folder in candidates {
      var current = folder
      for _ in 0..<4 {
        let binary = current.appendingPathComponent("arflow")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory),
          !isDirectory.boolValue
        {
          return binary
        }
        current = current.deletingLastPathComponent()
      }
    }
    return nil
  }

  /// What a finished run printed and how it exited.
  public struct Result: Sendable {
    /// The exit status, or the signal number when `killedBySignal`.
    public let status: Int32
    /// True when a signal ended the process (a crash point's SIGKILL).
    public let killedBySignal: Bool
    public let output: String
    public let errors: String
  }

  /// Runs `arflow` (or another copy of it) with `arguments` and waits for it.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], executable: URL? = nil
  ) throws -> Result {
    guard let url = executable ?? url else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "arflow"])
    }
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      killedBySignal: process.terminationReason == .uncaughtSignal,
      output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  /// The text `pdftotext` finds in a PDF (poppler-utils).
  public static func pdfText(_ pdf: URL) throws -> String {
    try PopplerTools.text(of: Data(contentsOf: pdf))
  }
}
