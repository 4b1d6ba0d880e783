import Dunning
import Foundation
import Receivables
import Testing

struct PlanFormTests {
  func plan() -> DunningPlan {
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(0), amount: "300.00"),
        Book.invoice("A-2", customer: "C1", due: Book.day(5), amount: "200.00"),
        Book.invoice("B-1", customer: "C2", due: Book.day(0), amount: "50.00"),
      ],
      customers: [Book.customer("C1"), Book.customer("C2", segment: .consumer)],
      holds: [Hold(scope: .item("A-2"), kind: .dispute, reason: "wrong price", since: Book.day(6))],
      pendingSuggestions: ["C2": 1])
    return Book.plan(snapshot, day: 8)
  }

  @Test("the JSON form keeps its names: documents, items, review, changes")
  func json() throws {
    let text = String(decoding: try plan().json(), as: UTF8.self)
    #expect(
      text == """
        {
          "asOf" : "2026-01-09",
          "changes" : [

          ],
          "documents" : [
            {
              "channel" : "email",
              "currency" : "EUR",
              "customerId" : "C1",
              "explanation" : "b2b level 1 (reminder) for 1 item, 1 other overdue item listed; by email",
              "final" : false,
              "id" : "2026-01-09/C1/EUR/reminder",
              "items" : [
                {
                  "daysOverdue" : 8,
                  "dueDate" : "2026-01-01",
                  "explanation" : "level 1 (reminder), due from 2026-01-08: 7 days after the due date; 8 days overdue; schedule b2b: the customer's segment is B2B",
                  "level" : 1,
                  "levelName" : "reminder",
                  "number" : "A-1",
                  "openAmount" : "300.00",
                  "state" : "reminded"
                },
                {
                  "daysOverdue" : 3,
                  "dueDate" : "2026-01-06",
                  "explanation" : "3 days overdue; disputed since 2026-01-07: wrong price",
                  "number" : "A-2",
                  "openAmount" : "200.00",
                  "state" : "disputed"
                }
              ],
              "kind" : "reminder",
              "level" : 1,
              "levelName" : "reminder",
              "needsApproval" : false,
              "schedule" : "b2b",
              "template" : "reminder",
              "total" : "300.00"
            }
          ],
          "review" : [
            {
              "currency" : "EUR",
              "customerId" : "C2",
              "documentKind" : "reminder",
              "items" : [
                "B-1"
              ],
              "level" : 1,
              "reasons" : [
                {
                  "code" : "pending-suggestions",
                  "text" : "1 match suggestion waits for a person"
                }
              ]
            }
          ],
          "summary" : {
            "changes" : 0,
            "documents" : 1,
            "reminders" : 1,
            "review" : 1
          }
        }
        """)
  }

  @Test("decisions are in the JSON form when asked, and the form reads back")
  func decisions() throws {
    let data = try plan().json(decisions: true)
    let form = try JSONDecoder().decode(PlanForm.self, from: data)
    #expect(form == plan().form(decisions: true))
    #expect(form.decisions?.map(\.outcome) == ["reminded", "disputed", "review"])
    #expect(form.decisions?[0].scheduleSource == "segment")
    #expect(form.decisions?[0].dueFrom == "2026-01-08")
  }

  @Test("the dry-run text shows each document, its items and why")
  func text() {
    let text = plan().text(decisions: true)
    #expect(text.hasPrefix("Dunning plan for 2026-01-09: 1 document, 1 for review, 0 changes\n"))
    #expect(
      text.contains(
        "  C1 EUR reminder level 1 (reminder, schedule b2b) by email, total 300.00\n"))
    #expect(text.contains("    - A-2 disputed 200.00: 3 days overdue; disputed since 2026-01-07"))
    #expect(
      text.contains("  C2 EUR reminder level 1 (B-1): 1 match suggestion waits for a person\n"))
    #expect(text.contains("  C2 B-1, 8 days overdue: level 1 (reminder), due from 2026-01-08"))
  }
}
