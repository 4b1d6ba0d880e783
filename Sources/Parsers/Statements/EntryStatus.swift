/// Whether a statement entry is booked: ISO 20022 `Sts` (camt) as banks write it; the line
/// formats map onto the same codes.
public enum EntryStatus: Hashable, Sendable, CustomStringConvertible {
  /// `BOOK`: booked on the account; the only status arflow books.
  case booked
  /// `PDNG`: pending (an MT942 interim entry, a camt.052 pending one): shown, not booked.
  case pending
  /// `INFO`: information only (a BAI2 summary line, a camt.054 advice).
  case information
  /// Any other code as written (`FUTR`, a proprietary one): never booked.
  case other(String)

  /// The status of a code as written (`BOOK`, `PDNG`, `INFO`, …).
  public init(code: String) {
    switch code {
    case "BOOK": self = .booked
    case "PDNG": self = .pending
    case "INFO": self = .information
    default: self = .other(code)
    }
  }

  /// The code as written: `BOOK`, `PDNG`, `INFO` or the other code.
  public var code: String {
    switch self {
    case .booked: "BOOK"
    case .pending: "PDNG"
    case .information: "INFO"
    case .other(let code): code
    }
  }

  public var description: String { code }
}
