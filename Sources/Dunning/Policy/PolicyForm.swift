/// `mappings/policy.yaml` as written: every setting optional, so that the strict reader reports
/// a misspelt key before any check of the values; `DunningPolicy+Loading` checks the rest.
struct PolicyForm: Decodable {
  var `default`: String?
  var segments: [String: String]?
  var groups: [String: String]?
  var promises: PromisesForm?
  var arrangements: ArrangementsForm?
  var secondChance: DocumentForm?
  var schedules: [String: ScheduleForm]?
  /// The old one-level form: `levels: [{name, daysOverdue, channel, fee}]` at the top.
  var levels: [OldLevelForm]?

  struct PromisesForm: Decodable {
    var graceDays: Int?
  }

  struct ArrangementsForm: Decodable {
    var graceDays: Int?
    var brokenAfterDays: Int?
    var template: String?
    var channel: String?
  }

  struct DocumentForm: Decodable {
    var template: String?
    var channel: String?
  }

  struct ScheduleForm: Decodable {
    var levels: [LevelForm]?
    var minimumDaysBetweenDocuments: Int?
    var minimumOpen: [String: String]?
    var graceDays: Int?
    var review: Bool?
    var law: String?
    var allocationOrder: String?
  }

  struct LevelForm: Decodable {
    var name: String?
    var days: Int?
    var afterPrevious: Int?
    var channel: String?
    var template: String?
    var final: Bool?
    var fee: FeeForm?
    var interest: String?
    var costs: String?
    var fourteenDayLetter: Bool?
    var handover: String?
  }

  struct OldLevelForm: Decodable {
    var name: String?
    var daysOverdue: Int?
    var channel: String?
    var fee: String?
  }

  /// `fee: "7.50"` or `fee: { EUR: "7.50", GBP: "6.00" }`.
  enum FeeForm: Decodable {
    case decimal(String)
    case perCurrency([String: String])

    init(from decoder: any Decoder) throws {
      if let amounts = try? [String: String](from: decoder) {
        self = .perCurrency(amounts)
      } else {
        self = .decimal(try String(from: decoder))
      }
    }
  }
}
