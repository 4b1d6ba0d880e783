public import Configuration
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
  /// - Throws: `ConfigurationError` naming the file, the level and what is wrong.
  public static func load(from file: URL) throws(ConfigurationError) -> DunningPolicy {
    struct LevelText: Decodable {
      var name: String
      var daysOverdue: Int
      var channel: String?
      var fee: String?
    }
    struct PolicyText: Decodable { var levels: [LevelText] }
    let name = file.lastPathComponent
    let text = try ConfigurationFile.decode(PolicyText.self, from: file)
    guard !text.levels.isEmpty else {
      throw ConfigurationError(
        .missingKey, file: name, keyPath: "levels", message: "has no levels",
        fix: "add at least one level")
    }
    var levels: [DunningLevel] = []
    for (index, level) in text.levels.enumerated() {
      let keyPath = "levels[\(index + 1)]"
      guard level.daysOverdue >= 0, levels.last.map({ $0.daysOverdue < level.daysOverdue }) ?? true
      else {
        throw ConfigurationError(
          .wrongValue, file: name, keyPath: keyPath,
          message: "level \(level.name) must come later than the level before it",
          fix: "make daysOverdue increase from level to level")
      }
      guard let channel = DocumentChannel(rawValue: level.channel ?? "letter"), channel == .letter
      else {
        throw ConfigurationError(
          .wrongValue, file: name, keyPath: keyPath,
          message: "channel '\(level.channel ?? "")' is not known", fix: "write letter")
      }
      guard let fee = DecimalFee(level.fee ?? "0") else {
        throw ConfigurationError(
          .wrongValue, file: name, keyPath: keyPath,
          message: "fee '\(level.fee ?? "")' is not an amount",
          fix: "write it like \"5.00\"")
      }
      levels.append(
        DunningLevel(
          number: index + 1, name: level.name, daysOverdue: level.daysOverdue, channel: channel,
          fee: fee))
    }
    return DunningPolicy(levels: levels)
  }
}
