import Foundation

/// The most memory the process has held: VmHWM from /proc/self/status.
enum PeakMemory {
  static func residentBytes() -> Int64 {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Int64($0) }.first ?? 0
    return kilobytes * 1024
  }
}
