/// What inotify said about the inbox. Events are hints: the watcher always looks at the file
/// itself before it believes anything.
enum InboxEvent: Equatable {
  /// A name was finished (closed after writing) or moved into the inbox.
  case arrived(String)
  /// A name was moved out of the inbox or deleted.
  case left(String)
  /// The kernel's queue was full and events were dropped: only a full scan tells the truth now.
  case overflow
  /// The inbox folder itself was removed, moved or unmounted; its watch is gone.
  case folderGone
}
