public import Receivables

/// How a level wants its document delivered, as the policy writes it: a letter, an e-mail, or
/// an e-mail where the customer has an address and a letter otherwise.
public enum DunningChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Always a printed letter (legal notices that must be posted).
  case letter
  /// An e-mail; a customer without an e-mail address gets the letter instead, and the plan says so.
  case email
  /// An e-mail where the customer has an address, else a letter.
  case emailOrLetter = "email-or-letter"

  public var description: String { rawValue }

  /// The channel for one customer, or why no document can reach them.
  /// - Parameters:
  ///   - hasEmail: whether the customer has an e-mail address.
  ///   - hasPostalAddress: whether the customer has a postal address a letter can go to.
  public func resolve(hasEmail: Bool, hasPostalAddress: Bool) -> ChannelChoice {
    switch self {
    case .letter:
      if hasPostalAddress { return .send(.letter, note: nil) }
      return hasEmail
        ? .unreachable(.letterWithoutAddress) : .unreachable(.noAddressAtAll)
    case .email:
      if hasEmail { return .send(.email, note: nil) }
      if hasPostalAddress {
        return .send(.letter, note: "the level asks for e-mail; the customer has no e-mail address")
      }
      return .unreachable(.noAddressAtAll)
    case .emailOrLetter:
      if hasEmail { return .send(.email, note: nil) }
      if hasPostalAddress { return .send(.letter, note: nil) }
      return .unreachable(.noAddressAtAll)
    }
  }
}

/// The outcome of choosing a channel for one customer.
public enum ChannelChoice: Sendable, Hashable {
  /// The document goes by this channel; the note says why it is not the level's first choice.
  case send(DocumentChannel, note: String?)
  /// No document can be sent: a person has to look.
  case unreachable(ReviewReason)
}
