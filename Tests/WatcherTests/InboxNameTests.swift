import Testing

@testable import Watcher

struct InboxNameTests {
  @Test(
    "exports and statements are candidates",
    arguments: ["invoices.csv", "camt.053.xml", "Kunden Export 2026.CSV", "x", "report.done.csv"])
  func candidates(name: String) {
    #expect(InboxName.isCandidate(name))
  }

  @Test(
    "temporary, hidden, Office lock, marker and explanation names are not",
    arguments: [
      "x.tmp", "x.TMP", "x.csv.part", "x.partial", "~$x.xlsx", ".~lock.x#", "x.crdownload",
      "x.filepart", ".hidden.csv", ".work", "x.csv.done", "x.csv.ok", "x.csv.error.txt", "",
    ])
  func notCandidates(name: String) {
    #expect(!InboxName.isCandidate(name))
  }

  @Test("a marker names the file it releases")
  func markers() {
    #expect(InboxName.markedFile(of: "x.csv.done") == "x.csv")
    #expect(InboxName.markedFile(of: "x.csv.ok") == "x.csv")
    #expect(InboxName.markedFile(of: "x.csv") == nil)
    #expect(InboxName.markers(for: "x.csv") == ["x.csv.done", "x.csv.ok"])
  }

  @Test("network file systems are told apart from local ones by their statfs magic")
  func fileSystems() throws {
    #expect(FileSystemKind(magic: 0x6969).networkName == "NFS")
    #expect(FileSystemKind(magic: 0xFF53_4D42).networkName == "CIFS")
    #expect(FileSystemKind(magic: 0xEF53).networkName == nil)
    let local = try #require(FileSystemKind.of("/proc"))
    #expect(local.networkName == nil)
  }
}
