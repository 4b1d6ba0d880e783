import GRDB
import Receivables

extension Row {
  /// A `dunning_event` joined with its item's number and customer and its document's plan id.
  func reminder() throws -> Reminder {
    let channel: String = self["channel"]
    guard let known = DocumentChannel(rawValue: channel) else {
      throw LedgerError(.corruptRecord, "a reminder has the channel '\(channel)'")
    }
    var reminder = Reminder(
      itemNumber: self["number"], customerID: self["customer_id"], level: self["level"],
      levelName: self["level_name"], remindedOn: try date("reminded_on"),
      daysOverdue: self["days_overdue"], openAmount: try money("open_minor"),
      fee: try money("fee_minor"), interest: try money("interest_minor"), channel: known,
      explanation: self["explanation"])
    reminder.documentID = self["plan_id"]
    return reminder
  }

  /// A `dunning_document` row, without its lines (the reminders hold the reminded items).
  func dunningDocument() throws -> DunningDocument {
    let kind: String = self["kind"]
    let channel: String = self["channel"]
    let status: String = self["status"]
    guard let knownKind = DunningDocumentKind(rawValue: kind),
      let knownChannel = DocumentChannel(rawValue: channel),
      let knownStatus = DunningDocument.Status(rawValue: status)
    else {
      throw LedgerError(
        .corruptRecord,
        "a dunning document has kind '\(kind)', channel '\(channel)', status '\(status)'")
    }
    return DunningDocument(
      planID: self["plan_id"], kind: knownKind, customerID: self["customer_id"],
      channel: knownChannel, level: self["level"], levelName: self["level_name"],
      currency: try money("total_minor").currency, total: try money("total_minor"),
      reference: self["reference"], file: self["file"], status: knownStatus,
      reason: self["reason"], pages: self["pages"], explanation: self["explanation"], lines: [])
  }
}
