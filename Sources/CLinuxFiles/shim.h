#ifndef ARFLOW_CLINUXFILES_SHIM_H
#define ARFLOW_CLINUXFILES_SHIM_H

// Small C wrappers the watcher needs around Linux file calls Swift cannot reach directly:
// renameat2 with RENAME_NOREPLACE, inotify masks and event layout, statfs's file system magic,
// flock and an eventfd that wakes the watch thread.

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

// MARK: flushing a whole file system

/// Flushes every written file of the file system `fd` is on (0, or -1 with errno): one call
/// instead of an fsync per file for a folder of thousands.
static inline int arflow_syncfs(int fd) { return syncfs(fd); }

// MARK: rename without replacing

/// Renames `from` to `to` only if `to` does not exist (0, or -1 with errno: EEXIST when taken,
/// ENOENT when `from` is gone, EINVAL or ENOSYS when the file system or kernel cannot do it).
static inline int arflow_rename_noreplace(const char *from, const char *to) {
#if defined(RENAME_NOREPLACE)
  return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
#elif defined(SYS_renameat2)
  return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1 /* RENAME_NOREPLACE */);
#else
  (void)from;
  (void)to;
  errno = ENOSYS;
  return -1;
#endif
}

/// Whether an errno from `arflow_rename_noreplace` means "this file system cannot refuse to
/// replace"; the caller then falls back to link + unlink.
static inline int arflow_errno_is_unsupported(int error) {
  return error == EINVAL || error == ENOSYS || error == EOPNOTSUPP || error == ENOTSUP;
}

// MARK: inotify

/// A non-blocking, close-on-exec inotify descriptor (or -1 with errno).
static inline int arflow_inotify_open(void) { return inotify_init1(IN_NONBLOCK | IN_CLOEXEC); }

/// Events that say a name at the top of the folder was finished or moved in.
static inline uint32_t arflow_in_arrived(void) { return IN_CLOSE_WRITE | IN_MOVED_TO; }

/// Events that say a name left the folder.
static inline uint32_t arflow_in_left(void) { return IN_MOVED_FROM | IN_DELETE; }

/// The kernel dropped events because the queue was full.
static inline uint32_t arflow_in_overflow(void) { return IN_Q_OVERFLOW; }

/// The watched folder itself was removed, moved or unmounted; its watch is gone.
static inline uint32_t arflow_in_folder_gone(void) {
  return IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED;
}

/// The event is about a folder, not a file.
static inline uint32_t arflow_in_is_folder(void) { return IN_ISDIR; }

/// Watches the top level of a folder for the events above (a watch descriptor or -1).
static inline int arflow_inotify_watch_folder(int fd, const char *path) {
  uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF
    | IN_MOVE_SELF | IN_ONLYDIR;
  return inotify_add_watch(fd, path, mask);
}

/// Bytes before an event's name: `struct inotify_event` without its flexible `name`.
static inline size_t arflow_inotify_header_size(void) { return sizeof(struct inotify_event); }

/// Byte offsets of the `mask` and `len` fields inside `struct inotify_event`.
static inline size_t arflow_inotify_mask_offset(void) { return offsetof(struct inotify_event, mask); }
static inline size_t arflow_inotify_len_offset(void) { return offsetof(struct inotify_event, len); }

// MARK: file systems

/// The `f_type` magic of the file system holding `path` (0, or -1 with errno).
static inline int arflow_file_system_magic(const char *path, int64_t *magic) {
  struct statfs info;
  if (statfs(path, &info) != 0) return -1;
  *magic = (int64_t)(uint32_t)info.f_type;
  return 0;
}

/// Whether a `st_mode` is a regular file.
static inline int arflow_mode_is_regular(mode_t mode) { return S_ISREG(mode); }

/// Whether a `st_mode` (of a `/proc/PID/fd/N` link, read with lstat) allows writing.
static inline int arflow_mode_is_writable_link(mode_t mode) { return (mode & S_IWUSR) != 0; }

// MARK: locks

/// Takes an exclusive flock without waiting (0, or -1 with errno EWOULDBLOCK when held).
static inline int arflow_lock_exclusive_now(int fd) { return flock(fd, LOCK_EX | LOCK_NB); }

/// Releases a flock.
static inline int arflow_lock_release(int fd) { return flock(fd, LOCK_UN); }

/// Whether an errno from `arflow_lock_exclusive_now` means someone else holds the lock.
static inline int arflow_errno_is_would_block(int error) {
  return error == EWOULDBLOCK || error == EAGAIN;
}

// MARK: waking the watch thread

/// A non-blocking, close-on-exec eventfd (or -1 with errno).
static inline int arflow_wake_open(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }

/// Makes the eventfd readable.
static inline void arflow_wake_signal(int fd) {
  uint64_t one = 1;
  ssize_t written = write(fd, &one, sizeof(one));
  (void)written;
}

/// Empties the eventfd again.
static inline void arflow_wake_drain(int fd) {
  uint64_t count = 0;
  ssize_t read_bytes = read(fd, &count, sizeof(count));
  (void)read_bytes;
}

#endif
