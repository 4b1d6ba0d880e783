import Dunning
import Receivables
import Testing

struct ScheduleChoiceTests {
  static let policy = Book.policy(
    """
    default: b2b
    segments: { B2B: b2b, B2C: b2c }
    groups: { wholesale: wholesale }
    schedules:
      b2b: { levels: [{ name: reminder, days: 7 }] }
      b2c: { levels: [{ name: reminder, days: 14 }] }
      wholesale: { levels: [{ name: reminder, days: 30 }] }
      vip: { levels: [] }
    """)

  @Test(
    "first match wins: item, customer, group, segment, default",
    arguments: [
      ("vip", "b2c", "wholesale", Customer.Segment.consumer, "schedule vip: the item names it"),
      (nil, "vip", "wholesale", .consumer, "schedule vip: the customer's master record names it"),
      (nil, nil, "wholesale", .consumer, "schedule wholesale: the customer is in group wholesale"),
      (nil, nil, "retail", .consumer, "schedule b2c: the customer's segment is B2C"),
      (
        nil, nil, nil, nil,
        "schedule b2b: the policy's default (no item, customer, group or segment schedule applies)"
      ),
      (" ", "", nil, .business, "schedule b2b: the customer's segment is B2B"),
    ] as [(String?, String?, String?, Customer.Segment?, String)])
  func choice(
    item: String?, customer: String?, group: String?, segment: Customer.Segment?,
    expected: String
  ) {
    let choice = Self.policy.chooseSchedule(
      itemSchedule: item, customerSchedule: customer, group: group, segment: segment)
    #expect(choice.description == expected)
    #expect(choice.isDefined)
  }

  @Test("an item naming an unknown schedule is not reminded but listed for a person")
  func unknownItemSchedule() throws {
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(0), schedule: "nosuch"),
        Book.invoice("A-2", customer: "C1", due: Book.day(0)),
      ],
      customers: [Book.customer("C1")])
    let plan = Book.plan(snapshot, day: 10, policy: Self.policy)
    let decision = try #require(plan.decision("A-1"))
    #expect(decision.outcome.code == "review")
    #expect(decision.explanation.contains("the item names schedule nosuch"))
    #expect(plan.review.count == 1)
    #expect(plan.review[0].itemNumbers == ["A-1"])
    #expect(plan.review[0].reasons.map(\.code) == ["unknown-schedule"])
    // The other item still goes, and lists A-1 as open.
    #expect(plan.documents.count == 1)
    #expect(plan.documents[0].lines.map(\.itemNumber) == ["A-2", "A-1"])
    #expect(plan.documents[0].lines.first { $0.itemNumber == "A-1" }?.state == .open)
  }

  @Test("each item follows its own schedule; the document takes the highest level")
  func perItemSchedules() throws {
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(0)),
        Book.invoice("A-2", customer: "C1", due: Book.day(0), schedule: "b2c"),
      ],
      customers: [Book.customer("C1", group: "wholesale")])
    let plan = Book.plan(snapshot, day: 14, policy: Self.policy)
    #expect(plan.decision("A-1")?.schedule?.source == .group)
    #expect(plan.decision("A-1")?.outcome.code == "not-yet-due")
    #expect(plan.decision("A-2")?.schedule?.source == .item)
    let document = try #require(plan.documents.first)
    #expect(document.schedule == "b2c")
    #expect(document.lines.map(\.state) == [.reminded, .open])
  }
}
