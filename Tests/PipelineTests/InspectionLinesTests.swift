import ArflowTesting
import Foundation
import Pipeline
import Testing

/// The JSON lines of `arflow inspect`, made without the binary: stable field names, nulls
/// written out, records before rejects before the summary.
struct InspectionLinesTests {
  @Test("a CSV's records, rejects and summary come out as JSON lines with stable names")
  func jsonLines() throws {
    let space = try TestWorkspace()
    let file = try space.drop(
      "items.csv",
      "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount,currency,payment_reference\n"
        + "A-1,C1,Acme,2026-09-01,2026-10-01,100.00,100.00,EUR,\n"
        + "A-2,C1,Acme,2026-09-01,2026-10-01,lots,100.00,EUR,\n")
    let inspection = try FileInspection.inspect(file, in: space.workspace, mapping: nil)
    let lines = InspectionLines(inspection: inspection, file: "items.csv").json()
    var objects = try lines.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(
      objects.map { $0["kind"] as? String } == ["customer", "invoice", "rejected", "summary"])
    #expect(objects[0]["email"] is NSNull)
    objects.removeFirst()
    #expect(objects[0]["number"] as? String == "A-1")
    #expect(objects[0]["openAmount"] as? String == "100.00")
    #expect(objects[0]["paymentReference"] as? String == "RF90A1")
    #expect((objects[0]["source"] as? [String: Any])?["line"] as? Int == 2)
    #expect(objects[1]["line"] as? Int == 3)
    #expect(objects[2]["records"] as? Int == 2)
    #expect(objects[2]["rejected"] as? Int == 1)
    #expect(objects[2]["mapping"] as? String == "generic")
    #expect(lines[1].hasPrefix("{\"amount\":\"100.00\","), "keys are sorted")
  }
}
