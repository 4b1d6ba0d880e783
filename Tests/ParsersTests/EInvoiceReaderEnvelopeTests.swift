import Foundation
import Parsers
import Testing

struct EInvoiceReaderEnvelopeTests {
  @Test("a UBL invoice in a Peppol SBDH envelope is read with sender, receiver and instance")
  func wrappedInvoice() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.envelope(EInvoiceFixture.ublMinimal))
    #expect(document.rootName == "Invoice")
    #expect(document.rootLine == 14, "the payload's line in the file, not the envelope's")
    #expect(document.number?.text == "MIN-1")
    #expect(document.number?.path == "/StandardBusinessDocument/Invoice/ID")
    #expect(document.totals.payable?.text == "1.00")
    let envelope = try #require(document.envelope)
    #expect(envelope.sender?.text == "0088:7315458756324")
    #expect(envelope.sender?.qualifier == "iso6523-actorid-upis")
    #expect(envelope.receiver?.text == "0192:987654325")
    #expect(envelope.instanceID?.text == "5d1e6c5a-0000-4000-8000-000000000001")
    #expect(
      envelope.instanceID?.path
        == "/StandardBusinessDocument/StandardBusinessDocumentHeader/DocumentIdentification/"
        + "InstanceIdentifier")
  }

  @Test("a CII invoice in an envelope is read as CII")
  func wrappedCII() throws {
    let cii = EInvoiceReaderCIITests.invoice().replacingOccurrences(
      of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
    let document = try EInvoiceFixture.read(EInvoiceFixture.envelope(cii))
    #expect(document.syntax == .cii)
    #expect(document.number?.text == "RE-2024-17")
    #expect(document.envelope?.sender?.text == "0088:7315458756324")
  }

  @Test("an envelope with only a header is refused: it holds no document")
  func emptyEnvelope() {
    let error = #expect(throws: ParseError.self) {
      try EInvoiceFixture.read(EInvoiceFixture.envelope(""), file: "empty.xml")
    }
    #expect(error?.code == .notAnInvoice)
    #expect(error?.element == "/StandardBusinessDocument")
    #expect(error?.line == 2)
    #expect(error?.message.contains("holds no document") == true)
  }

  @Test("an envelope carrying a UBL Order is refused naming the Order at its line")
  func wrappedOrder() {
    let order = """
      <Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>
      """
    let error = #expect(throws: ParseError.self) {
      try EInvoiceFixture.read(EInvoiceFixture.envelope(order), file: "order.xml")
    }
    #expect(error?.code == .notAnInvoice)
    #expect(error?.message == "a UBL Order is not an invoice")
    #expect(error?.element == "/StandardBusinessDocument/Order")
    #expect(error?.line == 14)
  }
}
