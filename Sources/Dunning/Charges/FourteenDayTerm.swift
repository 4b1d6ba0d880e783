public import Receivables

/// The term of the Dutch consumer "14-day letter" (art. 6:96 lid 6 BW): collection costs become
/// due only after a reminder gave fourteen days "aanvangende de dag na aanmaning", which
/// HR 25 November 2016 (ECLI:NL:HR:2016:2704) reads as starting the day after the letter is
/// received. arflow presumes delivery on the second day after posting, Sundays, Mondays and
/// public holidays not counted (the presumption courts apply after that judgment), and prints the
/// last day to pay. A last day on a Saturday, Sunday or public holiday moves to the next day that
/// is none of these (Algemene termijnenwet art. 1): whether that Act reaches this term is not
/// settled, and the later day is the safe one, since a letter naming too short a term has no
/// effect.
public struct FourteenDayTerm: Sendable, Hashable {
  /// The day the letter is posted (the batch's date).
  public let posted: LocalDate
  /// The day it is presumed delivered.
  public let presumedDelivery: LocalDate
  /// The last day to pay before the announced costs become due.
  public let lastDayToPay: LocalDate

  public init(postedOn posted: LocalDate) {
    self.posted = posted
    var day = posted
    var counted = 0
    while counted < 2 {
      day = day.adding(days: 1)
      if day.isoWeekday != 7, day.isoWeekday != 1, !DutchPublicHolidays.contains(day) {
        counted += 1
      }
    }
    presumedDelivery = day
    var last = day.adding(days: 14)
    while last.isoWeekday >= 6 || DutchPublicHolidays.contains(last) { last = last.adding(days: 1) }
    lastDayToPay = last
  }

  /// Whether the costs the letter announced may be claimed on `date`: the last day to pay has
  /// passed.
  public func costsClaimable(on date: LocalDate) -> Bool { date > lastDayToPay }
}
