// Files and directories through package os: create, write, append, read,
// seek, ReadAt/WriteAt, truncate, stat, symlinks, listing, rename, remove,
// chdir and relative paths, and the errors of failing calls.
package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var dir string

func check(err error) {
	if err != nil {
		say("error: " + err.Error())
	}
}

func say(s string) { os.Stdout.WriteString(strings.ReplaceAll(s, dir, "$DIR") + "\n") }

func main() {
	var err error
	dir, err = os.MkdirTemp("", "gotsfs")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	check(os.WriteFile(p, []byte("hello\nworld\n"), 0o644))
	b, err := os.ReadFile(p)
	check(err)
	say("read: " + strconv.Quote(string(b)))
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("more\n")
	check(err)
	say("wrote " + strconv.Itoa(n))
	check(f.Close())
	say("close again: " + f.Close().Error())
	f, err = os.Open(p)
	check(err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	say("read " + strconv.Itoa(n) + " " + string(buf[:n]))
	off, err := f.Seek(0, io.SeekCurrent)
	say("cur " + strconv.FormatInt(off, 10))
	off, err = f.Seek(-5, io.SeekEnd)
	check(err)
	say("off " + strconv.FormatInt(off, 10))
	rest, err := io.ReadAll(f)
	check(err)
	say("rest " + strconv.Quote(string(rest)))
	n, err = f.Read(buf)
	say("eof " + strconv.Itoa(n) + " " + strconv.FormatBool(err == io.EOF))
	n, err = f.ReadAt(buf, 6)
	say("readat " + string(buf[:n]))
	_, err = f.Seek(-100, io.SeekStart)
	say("bad seek: " + err.Error())
	_, err = f.Write([]byte("x"))
	say("write to read-only: " + err.Error())
	check(f.Close())
	st, err := os.Stat(p)
	check(err)
	say("stat " + st.Name() + " " + strconv.FormatInt(st.Size(), 10) + " " + st.Mode().String() + " " + strconv.FormatBool(st.IsDir()))
	_, err = os.Stat(filepath.Join(dir, "nope"))
	say("notexist " + strconv.FormatBool(errors.Is(err, fs.ErrNotExist)) + " " + err.Error())
	check(os.MkdirAll(filepath.Join(dir, "x", "y", "z"), 0o755))
	check(os.WriteFile(filepath.Join(dir, "x", "b.txt"), nil, 0o600))
	check(os.Symlink("a.txt", filepath.Join(dir, "link")))
	tgt, err := os.Readlink(filepath.Join(dir, "link"))
	say("link -> " + tgt)
	lst, err := os.Lstat(filepath.Join(dir, "link"))
	say("lstat " + lst.Mode().String()[:1])
	st2, err := os.Stat(filepath.Join(dir, "link"))
	say("stat through link " + strconv.FormatBool(os.SameFile(st, st2)))
	df, err := os.Open(dir)
	check(err)
	ents, err := df.Readdir(-1)
	check(err)
	df.Close()
	for i := range ents {
		for j := i + 1; j < len(ents); j++ {
			if ents[j].Name() < ents[i].Name() {
				ents[i], ents[j] = ents[j], ents[i]
			}
		}
	}
	for _, e := range ents {
		say("entry " + e.Name() + " dir=" + strconv.FormatBool(e.IsDir()) + " mode=" + e.Mode().String())
	}
	check(os.Rename(p, filepath.Join(dir, "c.txt")))
	_, err = os.Stat(p)
	say("renamed " + strconv.FormatBool(os.IsNotExist(err)))
	err = os.Remove(filepath.Join(dir, "x"))
	say("remove nonempty: " + err.Error())
	check(os.Chdir(dir))
	wd, err := os.Getwd()
	check(err)
	say("wd " + wd)
	b, err = os.ReadFile("c.txt")
	check(err)
	say("relative read " + strconv.Itoa(len(b)))
	f, err = os.Create("new.txt")
	check(err)
	f.WriteString("0123456789")
	f.WriteAt([]byte("ab"), 3)
	f.Truncate(8)
	f.Close()
	b, _ = os.ReadFile("new.txt")
	say("new " + string(b))
	check(os.Chmod("new.txt", 0o600))
	st, _ = os.Stat("new.txt")
	say("chmod " + st.Mode().String())
	_, err = os.ReadFile(filepath.Join(dir, "c.txt", "x"))
	say(err.Error())
	err = os.Mkdir("x", 0o755)
	say(err.Error())
	_, err = os.Open("")
	say(err.Error())
	err = os.Chdir("c.txt")
	say(err.Error())
	check(os.Chdir("x"))
	wd, _ = os.Getwd()
	say("wd " + wd)
	check(os.RemoveAll(filepath.Join(dir, "x")))
	_, err = os.Stat(filepath.Join(dir, "x"))
	say("removed all " + strconv.FormatBool(os.IsNotExist(err)))
}
