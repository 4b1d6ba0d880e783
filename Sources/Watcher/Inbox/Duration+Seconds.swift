extension Duration {
  /// The duration in seconds, for the system calls and notes that want a number.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }

  /// A short human form for notes: `30s`, `0.5s`.
  var shortText: String {
    let value = (seconds * 1000).rounded() / 1000
    return value == value.rounded() ? "\(Int(value))s" : "\(value)s"
  }
}
