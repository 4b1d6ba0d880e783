/// What a credit bureau (or the credit manager) says about a customer's creditworthiness on a date.
public struct CreditAssessment: Hashable, Sendable {
  public var customerID: String
  /// The bureau's score as a whole number (Creditreform 100–600, Graydon 1–10, …); nil when
  /// the delivery gives only a limit.
  public var score: Int?
  /// The credit limit the assessment advises; nil when it gives only a score.
  public var creditLimit: Money?
  public var assessedOn: LocalDate
  /// Where the assessment was read from.
  public var source: SourceLocation

  public init(
    customerID: String, score: Int?, creditLimit: Money?, assessedOn: LocalDate,
    source: SourceLocation
  ) {
    self.customerID = customerID
    self.score = score
    self.creditLimit = creditLimit
    self.assessedOn = assessedOn
    self.source = source
  }
}
