import Glibc

/// The names in one folder, read with `readdir` (no sorting, no `.` and `..`).
enum FolderNames {
  /// The names in the folder at `path`, or the `errno` that stopped the listing.
  static func list(_ path: String) -> Result<[String], FolderNamesFailure> {
    guard let folder = opendir(path) else { return .failure(FolderNamesFailure(code: errno)) }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names)
  }
}

/// Why a folder could not be listed: its `errno`.
struct FolderNamesFailure: Error {
  let code: Int32

  /// The system's words for it ("No such file or directory").
  var reason: String { String(cString: strerror(code)) }
}
