/// An invoice or credit-note number reduced to what survives a payer copying it: letters and
/// digits in upper case, without a document prefix ("INV", "Factuur", "RE", "F", "Nr.") and
/// without leading zeros.
///
/// "INV-88213" and "inv 88213" both become "88213"; "2026-000123" becomes "2026000123" and,
/// group by group, "2026-123", which is also what "2026/00123" becomes.
struct DocumentNumber: Hashable, Sendable {
  /// The significant letters and digits: "2026000123", "88213", "SO123".
  let compact: String
  /// The digit groups each without leading zeros, joined with "-" ("2026-123"); nil for a
  /// number written in one piece.
  let grouped: String?
  /// All letters and digits, upper case, prefix and zeros kept: "INV88213", "F0012345".
  let fullForm: String
  /// Whether the text carried its own document prefix ("RE4711", "INV-88213").
  let hadPrefix: Bool

  /// How many significant letters and digits the number has.
  var length: Int { compact.utf8.count }

  /// Whether the full form holds a letter: a prefix a payer has to copy on purpose.
  var hasLetters: Bool { fullForm.utf8.contains { $0 >= UInt8(ascii: "A") } }

  /// Reads a number; nil when it has no digit left after its prefix.
  init?(_ text: some StringProtocol) {
    var groups: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        current.append(byte)
      case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte - 32)
      default:
        if !current.isEmpty { groups.append(current) }
        current = []
      }
    }
    if !current.isEmpty { groups.append(current) }
    let full = groups.flatMap { $0 }
    guard full.contains(where: Self.isDigit) else { return nil }
    var hadPrefix = false
    while let first = groups.first {
      let letters = first.prefix { !Self.isDigit($0) }
      guard !letters.isEmpty, Self.prefixes.contains(Array(letters)) else { break }
      hadPrefix = true
      if letters.count == first.count {
        groups.removeFirst()
      } else {
        groups[0] = Array(first.dropFirst(letters.count))
        break
      }
    }
    guard groups.contains(where: { $0.contains(where: Self.isDigit) }) else { return nil }
    self.fullForm = String(decoding: full, as: UTF8.self)
    self.hadPrefix = hadPrefix
    self.compact = Self.withoutLeadingZeros(groups.flatMap { $0 })
    self.grouped =
      groups.count >= 2 ? groups.map { Self.withoutLeadingZeros($0) }.joined(separator: "-") : nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func withoutLeadingZeros(_ bytes: [UInt8]) -> String {
    let significant = bytes.drop { $0 == UInt8(ascii: "0") }
    return significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
  }

  /// Document prefixes dropped in front of a number, upper case.
  static let prefixes: Set<[UInt8]> = Set(
    """
    INV INVOICE INVOICES INVNR INVNO FACTUUR FACTUREN FACTUURNR FACTUURNUMMER FACT FACTNR FAC \
    FACTURE FACTURES FACTURA FA F RECHNUNG RECHNUNGEN RECHNUNGSNR RECHNUNGSNUMMER RE RENR RG \
    RGNR RNG NR NO NUM NUMMER NUMBER N
    """.split(separator: " ").map { Array($0.utf8) })
}
