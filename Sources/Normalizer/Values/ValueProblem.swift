/// Why one cell (or one column) could not be read as a value, and what to do about it.
///
/// It names no file or line of its own: the caller that knows where the cell came from adds that.
public struct ValueProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case missing, notAnAmount, tooManyDecimals, tooLarge, wrongCurrency
      case mixedNotation, contradictsMapping, notADate, noSuchDay, mixedDateLayouts
      case changedByExcel, unknownDebitCredit, signContradiction, notAnIBAN
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The cell is empty.
    public static let missing = Code(.missing)
    /// The text is not a number: letters, two decimal marks, stray signs.
    public static let notAnAmount = Code(.notAnAmount)
    /// More decimals than the currency has; arflow never rounds.
    public static let tooManyDecimals = Code(.tooManyDecimals)
    /// The amount does not fit exactly.
    public static let tooLarge = Code(.tooLarge)
    /// A currency sign or code next to the amount that is not the column's currency.
    public static let wrongCurrency = Code(.wrongCurrency)
    /// One column writes both a decimal comma and a decimal point.
    public static let mixedNotation = Code(.mixedNotation)
    /// The column's values contradict what the mapping says about them.
    public static let contradictsMapping = Code(.contradictsMapping)
    /// The text is not a date in the layout (or any layout) expected.
    public static let notADate = Code(.notADate)
    /// The date has the right shape but the day does not exist (31 February, Excel's 29 February 1900).
    public static let noSuchDay = Code(.noSuchDay)
    /// One column writes dates in two layouts that cannot both be right.
    public static let mixedDateLayouts = Code(.mixedDateLayouts)
    /// Excel turned an identifier into a number and its digits are lost.
    public static let changedByExcel = Code(.changedByExcel)
    /// The debit/credit column holds something that is neither.
    public static let unknownDebitCredit = Code(.unknownDebitCredit)
    /// The sign of the amount contradicts the document type.
    public static let signContradiction = Code(.signContradiction)
    /// The text is not an IBAN, or its check digits do not hold.
    public static let notAnIBAN = Code(.notAnIBAN)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What is wrong, quoting the cell.
  public let message: String
  /// What to do about it.
  public let fix: String

  init(_ code: Code, _ message: String, fix: String) {
    self.code = code
    self.message = message
    self.fix = fix
  }

  public var description: String { "\(message); \(fix)" }

  /// An empty cell where a value of `kind` ("amount", "date", …) is needed.
  static func missing(_ kind: String) -> ValueProblem {
    ValueProblem(
      .missing, "the \(kind) is empty", fix: "fill in the \(kind) in the source and export again")
  }
}
