package syscall

// Natives: each performs one operation on the host and returns the errno
// (0 on success) as Linux would.

// runtimeEnvs returns the process environment at start, as "key=value" strings.
func runtimeEnvs() []string

// sysOpen opens path with open(2) flags and permission bits, returning the new descriptor.
func sysOpen(path string, flags int, perm uint32) (fd int, errno int)

// sysClose closes descriptor fd.
func sysClose(fd int) (errno int)

// sysRead reads up to len(p) bytes from fd into p (blocking only the calling goroutine); n == 0 at end of file.
func sysRead(fd int, p []byte) (n int, errno int)

// sysWrite writes p to fd (blocking only the calling goroutine).
func sysWrite(fd int, p []byte) (n int, errno int)

// sysPread reads from fd at offset without moving the file offset.
func sysPread(fd int, p []byte, offset int64) (n int, errno int)

// sysPwrite writes to fd at offset without moving the file offset.
func sysPwrite(fd int, p []byte, offset int64) (n int, errno int)

// sysSeek moves fd's offset as lseek(2) and returns the new offset.
func sysSeek(fd int, offset int64, whence int) (off int64, errno int)

// sysStat fills st (linux/amd64 struct stat layout) for path, following a final symlink if follow.
func sysStat(path string, follow bool, st *Stat_t) (errno int)

// sysFstat fills st for the open descriptor fd.
func sysFstat(fd int, st *Stat_t) (errno int)

// sysMkdir creates directory path with permission bits mode.
func sysMkdir(path string, mode uint32) (errno int)

// sysRmdir removes the empty directory path.
func sysRmdir(path string) (errno int)

// sysUnlink removes the file path.
func sysUnlink(path string) (errno int)

// sysRename renames oldpath to newpath.
func sysRename(oldpath, newpath string) (errno int)

// sysLink creates the hard link newpath to oldpath.
func sysLink(oldpath, newpath string) (errno int)

// sysSymlink creates the symbolic link newpath with contents oldpath.
func sysSymlink(oldpath, newpath string) (errno int)

// sysReadlink copies the target of symlink path into buf (truncated, no NUL).
func sysReadlink(path string, buf []byte) (n int, errno int)

// sysChdir changes the working directory.
func sysChdir(path string) (errno int)

// sysFchdir changes the working directory to the directory open as fd.
func sysFchdir(fd int) (errno int)

// sysGetwd returns the absolute working directory.
func sysGetwd() (wd string, errno int)

// sysChmod sets path's permission bits.
func sysChmod(path string, mode uint32) (errno int)

// sysFchmod sets fd's permission bits.
func sysFchmod(fd int, mode uint32) (errno int)

// sysChown sets path's owner and group (-1 leaves one unchanged), following a final symlink if follow.
func sysChown(path string, uid, gid int, follow bool) (errno int)

// sysFchown sets fd's owner and group.
func sysFchown(fd int, uid, gid int) (errno int)

// sysTruncate sets path's size.
func sysTruncate(path string, length int64) (errno int)

// sysFtruncate sets fd's size.
func sysFtruncate(fd int, length int64) (errno int)

// sysFsync flushes fd to storage.
func sysFsync(fd int) (errno int)

// sysAccess checks path's accessibility as access(2).
func sysAccess(path string, mode uint32) (errno int)

// sysUtimesNano sets path's access and modification times (nanoseconds since the Unix epoch).
func sysUtimesNano(path string, atime, mtime int64) (errno int)

// sysDup duplicates oldfd onto the lowest free descriptor (newfd < 0) or onto newfd.
func sysDup(oldfd, newfd int) (fd int, errno int)

// sysPipe creates a pipe and returns its read and write descriptors.
func sysPipe() (r, w int, errno int)

// sysReadDirEntry returns the next entry of the directory open as fd (skipping "." and ".."): its name ("" at the end), d_type and inode number; room is the caller's remaining buffer space (informational).
func sysReadDirEntry(fd int, room int) (name string, typ uint8, ino uint64, errno int)

// sysUnreadDirEntry makes the entry last returned by sysReadDirEntry on fd be returned again.
func sysUnreadDirEntry(fd int)

// sysGetid returns the process's identity: 0 pid, 1 ppid, 2 uid, 3 euid, 4 gid, 5 egid.
func sysGetid(which int) int

// sysExit ends the process with the given status at once (deferred calls do not run; buffered runtime output is flushed).
func sysExit(code int)

// sysKill sends signal sig to process pid (the runtime's own pid for itself).
func sysKill(pid, sig int) (errno int)

// sysTime returns the wall clock as seconds and nanoseconds since the Unix epoch.
func sysTime() (sec int64, nsec int64)
