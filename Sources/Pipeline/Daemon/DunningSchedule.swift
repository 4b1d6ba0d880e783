public import Foundation
import Ledger
import Logging
public import Receivables
public import ServiceLifecycle

/// The daily half of `arflow watch`: at the dunning time it reconciles, duns and writes the
/// letters, as `arflow run` does. A service started after today's time that has not settled
/// today yet settles at once, so a restart never skips a day.
public struct DunningSchedule: Service {
  let pipeline: PipelineRun
  let time: DailyTime
  let initialPass: InitialPass
  let today: @Sendable () -> LocalDate

  public init(
    pipeline: PipelineRun, time: DailyTime, initialPass: InitialPass,
    today: @escaping @Sendable () -> LocalDate
  ) {
    self.pipeline = pipeline
    self.time = time
    self.initialPass = initialPass
    self.today = today
  }

  public func run() async throws {
    await initialPass.wait()
    if time.hasPassed(on: Date()), try !settledToday() {
      await settle()
    }
    while !Task.isCancelled {
      let wait = time.secondsUntilNext(after: Date())
      do {
        try await cancelWhenGracefulShutdown {
          try await Task.sleep(for: .seconds(wait))
        }
      } catch {
        return
      }
      await settle()
    }
  }

  private func settledToday() throws -> Bool {
    try pipeline.ledger.status(asOf: today()).lastRun?.asOf == today()
  }

  /// Reconciles, duns and exports; a failure (an unwritable outbox, a busy ledger) is retried
  /// with back-off until it succeeds or the service stops.
  private func settle() async {
    var pause = Duration.seconds(1)
    while !Task.isCancelled {
      do {
        let report = try pipeline.settle(asOf: today())
        pipeline.logger.notice("dunning run", metadata: ["run.summary": "\(report.summary)"])
        return
      } catch {
        pipeline.logger.error(
          "dunning run failed, retrying", metadata: ["error": "\(error)", "retry.in": "\(pause)"])
        try? await Task.sleep(for: pause)
        pause = min(pause * 2, .seconds(300))
      }
    }
  }
}

/// A time of day, "08:00", in the machine's time zone.
public struct DailyTime: Sendable, Equatable {
  public let hour: Int
  public let minute: Int

  /// Reads "HH:MM"; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
      (0..<24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// "07:30".
  public var text: String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  func hasPassed(on now: Date) -> Bool {
    let parts = Calendar.current.dateComponents([.hour, .minute], from: now)
    return (parts.hour ?? 0, parts.minute ?? 0) >= (hour, minute)
  }

  /// Seconds from `now` to the next occurrence of this time (today or tomorrow).
  func secondsUntilNext(after now: Date) -> Double {
    let next = Calendar.current.nextDate(
      after: now, matching: DateComponents(hour: hour, minute: minute, second: 0),
      matchingPolicy: .nextTime)
    return max(1, (next ?? now.addingTimeInterval(86_400)).timeIntervalSince(now))
  }
}
