public import Foundation
import Receivables

extension DunningPlan {
  /// The plan in its JSON form.
  /// - Parameter decisions: whether to include one decision per open invoice.
  public func form(decisions includeDecisions: Bool = false) -> PlanForm {
    let documentForms = documents.map(Self.form(of:))
    return PlanForm(
      asOf: asOf.iso8601,
      summary: PlanForm.Summary(
        documents: documents.count,
        reminders: documents.reduce(0) { $0 + $1.lines.filter { $0.step != nil }.count },
        review: review.count, changes: changes.count),
      documents: documentForms,
      review: review.map { entry in
        PlanForm.Review(
          customerId: entry.customerID, currency: entry.currency?.code,
          documentKind: entry.documentKind?.rawValue, level: entry.level,
          items: entry.itemNumbers,
          reasons: entry.reasons.map { PlanForm.Reason(code: $0.code, text: $0.description) })
      },
      changes: changes.map {
        PlanForm.Change(
          kind: $0.kind.rawValue, id: $0.id, customerId: $0.customerID,
          explanation: $0.explanation)
      },
      decisions: includeDecisions ? decisions.map(Self.form(of:)) : nil)
  }

  /// The JSON text of `form(decisions:)`, keys sorted, pretty-printed.
  public func json(decisions: Bool = false) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(form(decisions: decisions))
  }

  private static func form(of document: PlannedDocument) -> PlanForm.Document {
    PlanForm.Document(
      id: document.id, kind: document.kind.rawValue, customerId: document.customerID,
      currency: document.currency.code, level: document.level, levelName: document.levelName,
      schedule: document.schedule, template: document.template,
      channel: document.channel.rawValue, channelNote: document.channelNote,
      final: document.isFinal, needsApproval: document.needsApproval,
      total: document.total.decimalString, explanation: document.explanation,
      items: document.lines.map { line in
        PlanForm.Item(
          number: line.itemNumber, state: line.state.rawValue, level: line.step?.level,
          levelName: line.step?.name, dueDate: line.dueDate.iso8601,
          daysOverdue: line.daysOverdue, openAmount: line.openAmount.decimalString,
          explanation: line.explanation)
      },
      instalments: document.instalments.isEmpty
        ? nil
        : document.instalments.map { missed in
          PlanForm.Instalment(
            arrangementId: missed.arrangementID, number: missed.instalment.number,
            dueDate: missed.instalment.dueDate.iso8601,
            amount: missed.instalment.amount.decimalString,
            openAmount: missed.instalment.openAmount.decimalString,
            reference: missed.instalment.reference.value)
        },
      returnedDebits: document.returnedDebits.isEmpty
        ? nil
        : document.returnedDebits.map {
          PlanForm.ReturnedDebit(
            itemNumber: $0.itemNumber, paymentId: $0.paymentID,
            returnedOn: $0.returnedOn.iso8601, reason: $0.reason)
        })
  }

  private static func form(of decision: ItemDecision) -> PlanForm.Decision {
    PlanForm.Decision(
      number: decision.itemNumber, customerId: decision.customerID,
      currency: decision.currency.code, daysOverdue: decision.daysOverdue,
      outcome: decision.outcome.code, level: decision.outcome.step?.level,
      dueFrom: decision.outcome.step?.dueFrom.iso8601, schedule: decision.schedule?.schedule,
      scheduleSource: decision.schedule?.source.rawValue, explanation: decision.explanation)
  }
}
