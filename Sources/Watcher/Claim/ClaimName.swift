/// Names for a claimed file when its own name is taken in `inbox/.work/`.
enum ClaimName {
  /// `name` itself for attempt 0, then `x-1.csv`, `x-2.csv` … (the suffix goes before the last
  /// extension; a name without one, or a hidden one, gets it at the end).
  static func numbered(_ name: String, _ attempt: Int) -> String {
    guard attempt > 0 else { return name }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return "\(name)-\(attempt)"
    }
    return "\(name[..<dot])-\(attempt)\(name[dot...])"
  }
}
