/// One way the buyer is asked to pay (EN 16931 BG-16), as written.
public struct EInvoicePaymentMeans: Sendable, Hashable {
  /// BT-81: the UNTDID 4461 code (30 credit transfer, 58 SEPA credit transfer, 49/59 direct
  /// debit, 48 card, …).
  public var code: XMLText?
  /// BT-83: the remittance information the buyer should quote (UBL `cbc:PaymentID`; CII
  /// `ram:PaymentReference`, which CII holds once per settlement and is repeated here).
  public var paymentReference: XMLText?
  /// BT-84: the account to pay into (IBAN or other account number).
  public var accountID: XMLText?
  /// BT-86: the payment service provider (BIC).
  public var bankID: XMLText?
  /// BT-89: the direct-debit mandate reference.
  public var mandateID: XMLText?
  /// BT-91: the account that will be debited.
  public var debitedAccountID: XMLText?
  /// UBL `cac:PaymentMeans/cbc:PaymentDueDate` (UBL 2.1's place for a credit note's due date).
  public var dueDate: XMLText?

  public init() {}
}
