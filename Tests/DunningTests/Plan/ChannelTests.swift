import Dunning
import Receivables
import Testing

struct ChannelTests {
  @Test(
    "the channel follows the level and the customer's addresses",
    arguments: [
      (DunningChannel.letter, true, true, ChannelChoice.send(.letter, note: nil)),
      (.letter, true, false, .unreachable(.letterWithoutAddress)),
      (.letter, false, false, .unreachable(.noAddressAtAll)),
      (.email, true, true, .send(.email, note: nil)),
      (
        .email, false, true,
        .send(.letter, note: "the level asks for e-mail; the customer has no e-mail address")
      ),
      (.email, false, false, .unreachable(.noAddressAtAll)),
      (.emailOrLetter, true, false, .send(.email, note: nil)),
      (.emailOrLetter, true, true, .send(.email, note: nil)),
      (.emailOrLetter, false, true, .send(.letter, note: nil)),
      (.emailOrLetter, false, false, .unreachable(.noAddressAtAll)),
    ])
  func resolve(channel: DunningChannel, email: Bool, address: Bool, expected: ChannelChoice) {
    #expect(channel.resolve(hasEmail: email, hasPostalAddress: address) == expected)
  }

  @Test("an e-mail level for a customer without e-mail goes as a letter, noted on the document")
  func emailFallsBackToLetter() throws {
    let snapshot = DunningSnapshot(
      items: [Book.invoice("A-1", customer: "C1", due: Book.day(10))],
      customers: [Book.customer("C1", email: nil)])
    let plan = Book.plan(snapshot, day: 7)  // courtesy, channel email
    let document = try #require(plan.documents.first)
    #expect(document.level == 0)
    #expect(document.channel == .letter)
    #expect(document.channelNote?.contains("no e-mail address") == true)
    #expect(document.explanation.contains("by letter (the level asks for e-mail"))
  }

  @Test("a customer whose e-mail is not an address has none")
  func invalidEmail() {
    #expect(!Book.customer("C1", email: "n/a").hasEmail)
    #expect(Book.customer("C1", email: "a@b.nl").hasEmail)
    #expect(!Book.customer("C1", address: false).hasPostalAddress)
  }
}
