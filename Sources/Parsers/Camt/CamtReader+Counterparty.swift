extension CamtReader {
  /// How an entry moved money, which decides who the other party of its details is.
  struct Direction {
    /// The entry is booked as a credit (money in).
    let isCredit: Bool
    /// The entry reverses an earlier one (`RvslInd`).
    let isReversal: Bool
    /// The statement's own account (IBAN or other id), never taken as the counterparty.
    let account: String?
  }

  /// One side of a payment: debtor or creditor with account and bank.
  struct Party {
    var name: String?
    var account: String?
    var bankID: String?
  }

  /// The debtor for money in, the creditor for money out, judged by the original payment: a
  /// reversal (`RvslInd`) or a return (`RtrInf`) turns the entry's direction around. Falls back
  /// to the other side when the chosen one is empty or is the statement's own account.
  static func counterparty(_ details: XMLStreamNode, direction: Direction) -> Party {
    let parties = details.child("RltdPties")
    let agents = details.child("RltdAgts")
    let debtor = party(
      parties?.child("Dbtr"), parties?.child("DbtrAcct"), agents?.child("DbtrAgt"))
    let creditor = party(
      parties?.child("Cdtr"), parties?.child("CdtrAcct"), agents?.child("CdtrAgt"))
    let undoesEarlierPayment = direction.isReversal || details.child("RtrInf") != nil
    let moneyCameIn = direction.isCredit != undoesEarlierPayment
    let (first, second) = moneyCameIn ? (debtor, creditor) : (creditor, debtor)
    let ownAccount = direction.account.map(compactAccount)
    let usable = { (side: Party) -> Bool in
      (side.name != nil || side.account != nil)
        && (side.account == nil || side.account.map(compactAccount) != ownAccount)
    }
    if usable(first) || !usable(second) { return first }
    return second
  }

  /// An account id without spaces, in capitals, for comparing.
  private static func compactAccount(_ account: String) -> String {
    String(account.filter { $0 != " " }).uppercased()
  }

  /// A `Dbtr`/`Cdtr` name (`Nm`, or `Pty/Nm` from version .08), its `…Acct` (IBAN, else other
  /// id) and its `…Agt`'s BIC (`BIC` or `BICFI`, else the clearing member id).
  private static func party(
    _ role: XMLStreamNode?, _ roleAccount: XMLStreamNode?, _ agent: XMLStreamNode?
  ) -> Party {
    let name =
      role?.child("Nm")?.nonEmptyText ?? role?.descendant("Pty", "Nm")?.nonEmptyText
    let account = roleAccount?.child("Id")
    let bank = agent?.child("FinInstnId")
    return Party(
      name: name,
      account: account?.child("IBAN")?.nonEmptyText
        ?? account?.descendant("Othr", "Id")?.nonEmptyText,
      bankID: bank?.child("BIC")?.nonEmptyText ?? bank?.child("BICFI")?.nonEmptyText
        ?? bank?.descendant("ClrSysMmbId", "MmbId")?.nonEmptyText)
  }
}
