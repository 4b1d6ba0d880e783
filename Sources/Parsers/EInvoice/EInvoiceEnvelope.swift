/// The sender and receiver of a Peppol Standard Business Document Header that wrapped an
/// e-invoice: kept as provenance.
public struct EInvoiceEnvelope: Sendable, Hashable {
  /// `Sender/Identifier`, e.g. `0088:7315458756324` (its `qualifier` is the `Authority`).
  public var sender: XMLText?
  /// `Receiver/Identifier`.
  public var receiver: XMLText?
  /// `DocumentIdentification/InstanceIdentifier`.
  public var instanceID: XMLText?

  public init() {}
}
