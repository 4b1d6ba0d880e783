import Configuration
public import Foundation
public import Receivables

/// The dunning policy of `mappings/policy.yaml`: the levels an overdue item goes through.
public struct DunningPolicy: Sendable, Equatable {
  /// The levels in order; level 1 is the first reminder.
  public var levels: [DunningLevel]

  public init(levels: [DunningLevel]) {
    self.levels = levels
  }

  /// Reads a policy file.
  /// - Throws: `DunningPolicyError` naming the file and what is wrong.
  public static func load(from file: URL) throws(DunningPolicyError) -> DunningPolicy {
    struct LevelText: Decodable {
      var name: String
      var daysOverdue: Int
      var channel: String?
      var fee: String?
    }
    struct PolicyText: Decodable { var levels: [LevelText] }
    let text: PolicyText
    do {
      text = try ConfigurationFile.decode(PolicyText.self, from: file)
    } catch {
      throw DunningPolicyError(
        file: file.lastPathComponent,
        message:
          "\(error.location.dropFirst(file.lastPathComponent.count)): \(error.message); \(error.fix)"
      )
    }
    guard !text.levels.isEmpty else {
      throw DunningPolicyError(
        file: file.lastPathComponent, message: "has no levels; add at least one")
    }
    var levels: [DunningLevel] = []
    for (index, level) in text.levels.enumerated() {
      guard level.daysOverdue >= 0, levels.last.map({ $0.daysOverdue < level.daysOverdue }) ?? true
      else {
        throw DunningPolicyError(
          file: file.lastPathComponent,
          message:
            "level \(index + 1) (\(level.name)) must come later than the level before it (daysOverdue increasing)"
        )
      }
      let channel = level.channel ?? "letter"
      guard channel == "letter" else {
        throw DunningPolicyError(
          file: file.lastPathComponent,
          message: "level \(index + 1) has channel '\(channel)'; this version writes letters only")
      }
      guard let fee = DecimalFee(level.fee ?? "0") else {
        throw DunningPolicyError(
          file: file.lastPathComponent,
          message: "level \(index + 1) has fee '\(level.fee ?? "")'; write it like \"5.00\"")
      }
      levels.append(
        DunningLevel(
          number: index + 1, name: level.name, daysOverdue: level.daysOverdue, channel: channel,
          fee: fee))
    }
    return DunningPolicy(levels: levels)
  }
}

/// Why a policy file cannot be used.
public struct DunningPolicyError: Error, Sendable, CustomStringConvertible {
  public let file: String
  public let message: String
  public var description: String { "\(file) \(message)" }
}
