import CLinuxFiles

/// The kind of file system a folder lives on, from `statfs`'s `f_type`. On network and FUSE file
/// systems inotify sees only changes made by this machine, so the watcher polls there.
struct FileSystemKind: Equatable {
  /// The `f_type` magic number.
  let magic: Int64

  /// Network (and FUSE) file systems by magic number, with the name the log uses.
  static let networkNames: [Int64: String] = [
    0x6969: "NFS",
    0x517B: "SMB",
    0xFF53_4D42: "CIFS",
    0xFE53_4D42: "SMB2",
    0x6573_5546: "FUSE",
    0x0102_1997: "9P",
    0x5346_414F: "AFS",
    0x6B41_4653: "AFS",
    0x7375_7245: "Coda",
    0x564C: "NCP",
    0x00C3_6400: "Ceph",
    0x0BD0_0BD0: "Lustre",
    0x0116_1970: "GFS2",
    0x7461_636F: "OCFS2",
    0x4750_4653: "GPFS",
  ]

  /// The network file system's name ("NFS"), or nil for a local one.
  var networkName: String? { Self.networkNames[magic] }

  /// The kind of file system holding `path`, or nil when `statfs` fails.
  static func of(_ path: String) -> FileSystemKind? {
    var magic: Int64 = 0
    guard arflow_file_system_magic(path, &magic) == 0 else { return nil }
    return FileSystemKind(magic: magic)
  }
}
