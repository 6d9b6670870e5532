package syscall

import (
	"os"
	real "syscall"
	"time"
	"unsafe"
)

func en(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(real.Errno); ok {
		return int(e)
	}
	return int(EIO)
}

func runtimeEnvs() []string { return os.Environ() }
func sysOpen(path string, flags int, perm uint32) (int, int) {
	fd, err := real.Open(path, flags, perm)
	return fd, en(err)
}
func sysClose(fd int) int { return en(real.Close(fd)) }
func sysRead(fd int, p []byte) (int, int) {
	n, err := real.Read(fd, p)
	return n, en(err)
}
func sysWrite(fd int, p []byte) (int, int) {
	n, err := real.Write(fd, p)
	return n, en(err)
}
func sysPread(fd int, p []byte, off int64) (int, int) {
	n, err := real.Pread(fd, p, off)
	return n, en(err)
}
func sysPwrite(fd int, p []byte, off int64) (int, int) {
	n, err := real.Pwrite(fd, p, off)
	return n, en(err)
}
func sysSeek(fd int, off int64, whence int) (int64, int) {
	o, err := real.Seek(fd, off, whence)
	return o, en(err)
}
func sysStat(path string, follow bool, st *Stat_t) int {
	rst := (*real.Stat_t)(unsafe.Pointer(st))
	if follow {
		return en(real.Stat(path, rst))
	}
	return en(real.Lstat(path, rst))
}
func sysFstat(fd int, st *Stat_t) int { return en(real.Fstat(fd, (*real.Stat_t)(unsafe.Pointer(st)))) }
func sysMkdir(path string, mode uint32) int       { return en(real.Mkdir(path, mode)) }
func sysRmdir(path string) int                    { return en(real.Rmdir(path)) }
func sysUnlink(path string) int                   { return en(real.Unlink(path)) }
func sysRename(o, n string) int                   { return en(real.Rename(o, n)) }
func sysLink(o, n string) int                     { return en(real.Link(o, n)) }
func sysSymlink(o, n string) int                  { return en(real.Symlink(o, n)) }
func sysReadlink(path string, buf []byte) (int, int) {
	n, err := real.Readlink(path, buf)
	return n, en(err)
}
func sysChdir(path string) int               { return en(real.Chdir(path)) }
func sysFchdir(fd int) int                   { return en(real.Fchdir(fd)) }
func sysGetwd() (string, int)                { wd, err := real.Getwd(); return wd, en(err) }
func sysChmod(path string, mode uint32) int  { return en(real.Chmod(path, mode)) }
func sysFchmod(fd int, mode uint32) int      { return en(real.Fchmod(fd, mode)) }
func sysChown(path string, uid, gid int, follow bool) int {
	if follow {
		return en(real.Chown(path, uid, gid))
	}
	return en(real.Lchown(path, uid, gid))
}
func sysFchown(fd int, uid, gid int) int        { return en(real.Fchown(fd, uid, gid)) }
func sysTruncate(path string, n int64) int      { return en(real.Truncate(path, n)) }
func sysFtruncate(fd int, n int64) int          { return en(real.Ftruncate(fd, n)) }
func sysFsync(fd int) int                       { return en(real.Fsync(fd)) }
func sysAccess(path string, mode uint32) int    { return en(real.Access(path, mode)) }
func sysUtimesNano(path string, a, m int64) int {
	return en(real.UtimesNano(path, []real.Timespec{real.NsecToTimespec(a), real.NsecToTimespec(m)}))
}
func sysDup(oldfd, newfd int) (int, int) {
	if newfd < 0 {
		fd, err := real.Dup(oldfd)
		return fd, en(err)
	}
	return newfd, en(real.Dup2(oldfd, newfd))
}
func sysPipe() (int, int, int) {
	var p [2]int
	err := real.Pipe(p[:])
	return p[0], p[1], en(err)
}

type dirState struct {
	buf   []byte
	n, p  int
	lastP int
}

var dirs = map[int]*dirState{}

func sysReadDirEntry(fd int, room int) (string, uint8, uint64, int) {
	d := dirs[fd]
	if d == nil {
		d = &dirState{buf: make([]byte, 4096)}
		dirs[fd] = d
	}
	for {
		if d.p >= d.n {
			n, err := real.ReadDirent(fd, d.buf)
			if err != nil {
				return "", 0, 0, en(err)
			}
			if n == 0 {
				delete(dirs, fd)
				return "", 0, 0, 0
			}
			d.n, d.p = n, 0
		}
		rec := d.buf[d.p:d.n]
		reclen := int(rec[16]) | int(rec[17])<<8
		d.lastP = d.p
		d.p += reclen
		ino := *(*uint64)(unsafe.Pointer(&rec[0]))
		name := rec[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if ino == 0 || string(name) == "." || string(name) == ".." {
			continue
		}
		return string(name), rec[18], ino, 0
	}
}
func sysUnreadDirEntry(fd int) { dirs[fd].p = dirs[fd].lastP }
func sysGetid(which int) int {
	switch which {
	case 0:
		return real.Getpid()
	case 1:
		return real.Getppid()
	case 2:
		return real.Getuid()
	case 3:
		return real.Geteuid()
	case 4:
		return real.Getgid()
	}
	return real.Getegid()
}
func sysExit(code int)         { os.Exit(code) }
func sysKill(pid, sig int) int { return en(real.Kill(pid, real.Signal(sig))) }
func sysTime() (int64, int64) {
	t := time.Now()
	return t.Unix(), int64(t.Nanosecond())
}
