// Package syscall directly: descriptors (dup, dup2 onto stdout and back,
// pipes), stat fields, links, modes, times, access checks, readlink into a
// short buffer, errno values, process identity and signal 0.
package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

var dir string

func say(s string) { os.Stdout.WriteString(strings.ReplaceAll(s, dir, "$DIR") + "\n") }

func errs(err error) string {
	if err == nil {
		return "ok"
	}
	if e, ok := err.(syscall.Errno); ok {
		return err.Error() + " (" + strconv.Itoa(int(e)) + ")"
	}
	return err.Error()
}

func main() {
	dir, _ = os.MkdirTemp("", "gotssys")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f")
	fd, err := syscall.Open(p, syscall.O_CREAT|syscall.O_RDWR|syscall.O_TRUNC, 0o640)
	say("open " + errs(err) + " " + strconv.FormatBool(fd > 2))
	n, err := syscall.Write(fd, []byte("0123456789"))
	say("write " + strconv.Itoa(n) + " " + errs(err))
	off, err := syscall.Seek(fd, 2, 0)
	say("seek " + strconv.FormatInt(off, 10) + " " + errs(err))
	fd2, err := syscall.Dup(fd)
	say("dup " + errs(err) + " " + strconv.FormatBool(fd2 != fd))
	buf := make([]byte, 3)
	n, _ = syscall.Read(fd2, buf)
	say("read through dup " + string(buf[:n]))
	off, _ = syscall.Seek(fd, 0, 1)
	say("shared offset " + strconv.FormatInt(off, 10))
	n, _ = syscall.Pread(fd, buf, 7)
	say("pread " + string(buf[:n]))
	syscall.Pwrite(fd, []byte("ab"), 0)
	off, _ = syscall.Seek(fd, 0, 1)
	say("offset after pread/pwrite " + strconv.FormatInt(off, 10))
	var st syscall.Stat_t
	err = syscall.Fstat(fd, &st)
	say("fstat " + errs(err) + " size " + strconv.FormatInt(st.Size, 10) + " mode " + strconv.FormatUint(uint64(st.Mode), 8) + " nlink " + strconv.FormatUint(st.Nlink, 10) + " uid " + strconv.FormatBool(int(st.Uid) == os.Getuid()))
	say("ftruncate " + errs(syscall.Ftruncate(fd, 4)) + " fsync " + errs(syscall.Fsync(fd)) + " fchmod " + errs(syscall.Fchmod(fd, 0o600)))
	syscall.Stat(p, &st)
	say("stat size " + strconv.FormatInt(st.Size, 10) + " mode " + strconv.FormatUint(uint64(st.Mode), 8))
	say("close " + errs(syscall.Close(fd)) + " " + errs(syscall.Close(fd)))
	n, err = syscall.Read(fd2, buf)
	say("dup survives close " + strconv.Itoa(n) + " " + errs(err))
	syscall.Close(fd2)

	// dup2 onto stdout and back.
	saved, _ := syscall.Dup(1)
	out, _ := syscall.Open(filepath.Join(dir, "out"), syscall.O_CREAT|syscall.O_WRONLY, 0o644)
	syscall.Dup2(out, 1)
	os.Stdout.WriteString("into the file\n")
	syscall.Dup2(saved, 1)
	syscall.Close(out)
	syscall.Close(saved)
	b, _ := os.ReadFile(filepath.Join(dir, "out"))
	say("redirected: " + strconv.Quote(string(b)))

	var fds [2]int
	say("pipe " + errs(syscall.Pipe(fds[:])))
	syscall.Write(fds[1], []byte("piped"))
	syscall.Close(fds[1])
	n, _ = syscall.Read(fds[0], buf)
	m, _ := syscall.Read(fds[0], buf[n:])
	k, _ := syscall.Read(fds[0], buf)
	say("pipe read " + strconv.Itoa(n) + " " + strconv.Itoa(m) + " " + strconv.Itoa(k))
	var pst syscall.Stat_t
	syscall.Fstat(fds[0], &pst)
	say("pipe is fifo " + strconv.FormatBool(pst.Mode&syscall.S_IFMT == syscall.S_IFIFO))
	syscall.Close(fds[0])

	say("link " + errs(syscall.Link(p, filepath.Join(dir, "hard"))))
	syscall.Stat(p, &st)
	say("nlink " + strconv.FormatUint(st.Nlink, 10))
	say("symlink " + errs(syscall.Symlink("some/where/far", filepath.Join(dir, "sym"))))
	short := make([]byte, 4)
	n, err = syscall.Readlink(filepath.Join(dir, "sym"), short)
	say("readlink " + strconv.Itoa(n) + " " + string(short[:n]) + " " + errs(err))
	_, err = syscall.Readlink(p, short)
	say("readlink of a file " + errs(err))
	say("lstat " + errs(syscall.Lstat(filepath.Join(dir, "sym"), &st)) + " islink " + strconv.FormatBool(st.Mode&syscall.S_IFMT == syscall.S_IFLNK))
	say("stat dangling " + errs(syscall.Stat(filepath.Join(dir, "sym"), &st)))
	say("access " + errs(syscall.Access(p, 4)) + " " + errs(syscall.Access(filepath.Join(dir, "nope"), 0)))
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	tss := []syscall.Timespec{syscall.NsecToTimespec(mt.UnixNano()), syscall.NsecToTimespec(mt.UnixNano())}
	say("utimes " + errs(syscall.UtimesNano(p, tss)))
	fi, _ := os.Stat(p)
	say("mtime " + strconv.FormatInt(fi.ModTime().Unix(), 10))
	say("rename " + errs(syscall.Rename(p, filepath.Join(dir, "g"))))
	say("unlink " + errs(syscall.Unlink(filepath.Join(dir, "g"))) + " " + errs(syscall.Unlink(filepath.Join(dir, "g"))))
	say("rmdir " + errs(syscall.Rmdir(dir)))
	say("mkdir " + errs(syscall.Mkdir(filepath.Join(dir, "d"), 0o700)) + " " + errs(syscall.Mkdir(filepath.Join(dir, "d"), 0o700)))
	say("rmdir empty " + errs(syscall.Rmdir(filepath.Join(dir, "d"))))
	_, err = syscall.Open(filepath.Join(dir, "nope"), syscall.O_RDONLY, 0)
	say("open missing " + errs(err))
	_, err = syscall.Open(dir, syscall.O_WRONLY, 0)
	say("open dir for writing " + errs(err))
	dfd, _ := syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	_, err = syscall.Read(dfd, buf)
	say("read dir " + errs(err))
	syscall.Close(dfd)
	_, err = syscall.Write(99, buf)
	say("bad fd " + errs(err))
	say("getpid " + strconv.FormatBool(syscall.Getpid() == os.Getpid() && syscall.Getpid() > 0))
	say("kill 0 " + errs(syscall.Kill(syscall.Getpid(), 0)))
	var ts syscall.Timeval
	syscall.Gettimeofday(&ts)
	say("gettimeofday " + strconv.FormatBool(ts.Sec > 1700000000))
	wd, err := syscall.Getwd()
	say("getwd " + strconv.FormatBool(wd != "" && wd[0] == '/') + " " + errs(err))
}
