// Differential test: os, io/fs, path, syscall over the host's files.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"reflect"
	"sort"
	"syscall"

	gfs "gotslib/io/fs"
	gos "gotslib/os"
	gpath "gotslib/path"
	gsyscall "gotslib/syscall"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 40 {
			fmt.Printf("%s:\n\twant %q\n\tgot  %q\n", what, want, got)
		}
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	dir, _ := os.MkdirTemp("", "gotsos")
	defer os.RemoveAll(dir)
	p := dir + "/a.txt"
	f, err := gos.Create(p)
	check("Create", "<nil>", es(err))
	n, err := f.WriteString("hello\nworld\n")
	check("WriteString", "12 <nil>", fmt.Sprint(n, " ", es(err)))
	f.Seek(0, io.SeekStart)
	b := make([]byte, 5)
	n, err = f.Read(b)
	check("Read", "5 <nil> hello", fmt.Sprint(n, " ", es(err), " ", string(b)))
	n, err = f.ReadAt(b, 6)
	check("ReadAt", "5 <nil> world", fmt.Sprint(n, " ", es(err), " ", string(b)))
	n, err = f.ReadAt(b, 10)
	check("ReadAt EOF", "2 EOF", fmt.Sprint(n, " ", es(err)))
	st, err := f.Stat()
	check("Stat", "a.txt 12 -rw-r--r-- false", fmt.Sprint(st.Name(), " ", st.Size(), " ", st.Mode(), " ", st.IsDir()))
	check("Close", "<nil>", es(f.Close()))
	check("Close twice", "close "+p+": file already closed", es(f.Close()))
	_, err = f.Write([]byte("x"))
	check("Write closed", "write "+p+": file already closed", es(err))
	data, err := gos.ReadFile(p)
	check("ReadFile", "hello\nworld\n <nil>", string(data)+" "+es(err))
	_, err = gos.ReadFile(dir + "/nope")
	_, rerr := os.ReadFile(dir + "/nope")
	check("ReadFile missing", es(rerr), es(err))
	check("IsNotExist", true, gos.IsNotExist(err))
	check("errors.Is", true, errors.Is(err, gfs.ErrNotExist))
	var pe *gfs.PathError
	check("errors.As", true, errors.As(err, &pe))
	check("WriteFile", "<nil>", es(gos.WriteFile(dir+"/b.txt", []byte("bee"), 0o600)))
	st, _ = gos.Stat(dir + "/b.txt")
	check("WriteFile mode", "-rw-------", st.Mode().String())
	check("MkdirAll", "<nil>", es(gos.MkdirAll(dir+"/x/y/z", 0o755)))
	check("MkdirAll again", "<nil>", es(gos.MkdirAll(dir+"/x/y/z", 0o755)))
	err = gos.MkdirAll(p+"/q", 0o755)
	rerr = os.MkdirAll(p+"/q", 0o755)
	check("MkdirAll on file", es(rerr), es(err))
	err = gos.Mkdir(dir+"/x", 0o755)
	rerr = os.Mkdir(dir+"/x", 0o755)
	check("Mkdir exists", es(rerr), es(err))
	check("IsExist", true, gos.IsExist(err))
	gos.WriteFile(dir+"/x/y/f1", nil, 0o644)
	gos.Symlink("a.txt", dir+"/link")
	entries, err := gos.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, fmt.Sprint(e.Name(), e.IsDir(), e.Type()))
	}
	rentries, _ := os.ReadDir(dir)
	var rnames []string
	for _, e := range rentries {
		rnames = append(rnames, fmt.Sprint(e.Name(), e.IsDir(), e.Type()))
	}
	check("ReadDir", rnames, names)
	d, _ := gos.Open(dir)
	dn, err := d.Readdirnames(-1)
	sort.Strings(dn)
	check("Readdirnames", "[a.txt b.txt link x] <nil>", fmt.Sprint(dn, " ", es(err)))
	d.Close()
	d, _ = gos.Open(dir)
	first, err := d.ReadDir(2)
	second, err2 := d.ReadDir(5)
	third, err3 := d.ReadDir(1)
	check("ReadDir n", "2 <nil> 2 <nil> 0 EOF", fmt.Sprint(len(first), " ", es(err), " ", len(second), " ", es(err2), " ", len(third), " ", es(err3)))
	d.Close()
	lt, err := gos.Readlink(dir + "/link")
	check("Readlink", "a.txt <nil>", lt+" "+es(err))
	ls, _ := gos.Lstat(dir + "/link")
	check("Lstat", "Lrwxrwxrwx", ls.Mode().String())
	s1, _ := gos.Stat(dir + "/link")
	s2, _ := gos.Stat(p)
	check("SameFile", true, gos.SameFile(s1, s2))
	check("Rename", "<nil>", es(gos.Rename(dir+"/b.txt", dir+"/c.txt")))
	err = gos.Rename(dir+"/nope", dir+"/c.txt")
	rerr = os.Rename(dir+"/nope", dir+"/c.txt")
	check("Rename missing", es(rerr), es(err))
	err = gos.Remove(dir + "/x")
	rerr = os.Remove(dir + "/x")
	check("Remove nonempty", es(rerr), es(err))
	check("RemoveAll", "<nil>", es(gos.RemoveAll(dir+"/x")))
	_, err = gos.Stat(dir + "/x")
	check("RemoveAll gone", true, gos.IsNotExist(err))
	check("RemoveAll missing", "<nil>", es(gos.RemoveAll(dir+"/x")))
	tf, err := gos.CreateTemp(dir, "tmp*.go")
	check("CreateTemp", "<nil> true", es(err)+" "+fmt.Sprint(path.Ext(tf.Name()) == ".go"))
	tf.Close()
	_, err = gos.CreateTemp(dir, "a/b*")
	_, rerr = os.CreateTemp(dir, "a/b*")
	check("CreateTemp sep", es(rerr), es(err))
	wd1, _ := os.Getwd()
	wd2, _ := gos.Getwd()
	check("Getwd", wd1, wd2)
	h1, _ := os.Hostname()
	h2, _ := gos.Hostname()
	check("Hostname", h1, h2)
	check("Getpid", os.Getpid(), gos.Getpid())
	check("Getenv", os.Getenv("HOME"), gos.Getenv("HOME"))
	gos.Setenv("GOTS_X", "1")
	v, ok := gos.LookupEnv("GOTS_X")
	check("Setenv", "1 true", fmt.Sprint(v, " ", ok))
	check("Setenv bad", es(os.Setenv("", "x")), es(gos.Setenv("", "x")))
	gos.Unsetenv("GOTS_X")
	_, ok = gos.LookupEnv("GOTS_X")
	check("Unsetenv", false, ok)
	os.Setenv("GOTS_Y", "yy")
	gos.Setenv("GOTS_Y", "yy")
	for _, s := range []string{"$GOTS_Y", "${GOTS_Y}x", "$", "${", "${}", "$1", "a$GOTS_Y-b", "${GOTS_Y", "$$"} {
		check("ExpandEnv "+s, os.ExpandEnv(s), gos.ExpandEnv(s))
	}
	check("Args", os.Args, gos.Args)
	// fs on DirFS
	fsys := gos.DirFS(dir)
	m, err := gfs.Glob(fsys, "*.txt")
	check("Glob", "[a.txt c.txt] <nil>", fmt.Sprint(m, " ", es(err)))
	var walked []string
	gos.MkdirAll(dir+"/w/v", 0o755)
	gos.WriteFile(dir+"/w/v/f", nil, 0o644)
	gfs.WalkDir(fsys, "w", func(p string, d gfs.DirEntry, err error) error {
		walked = append(walked, p)
		return nil
	})
	check("WalkDir", "[w w/v w/v/f]", fmt.Sprint(walked))
	rd, _ := gfs.ReadFile(fsys, "a.txt")
	check("fs.ReadFile", "hello\nworld\n", string(rd))
	for _, s := range []string{".", "a", "a/b", "/a", "a/", "a//b", "./a", "a/../b", "..", ""} {
		check("ValidPath "+s, fs.ValidPath(s), gfs.ValidPath(s))
	}
	for _, m := range []fs.FileMode{0, 0o755, fs.ModeDir | 0o755, fs.ModeSymlink | fs.ModeSetuid | 0o4777, fs.ModeIrregular} {
		check("FileMode", m.String(), gfs.FileMode(m).String())
	}
	// path
	paths := []string{"", ".", "..", "/", "//", "a", "a/b/../c", "/../a", "a/./b/", "../../x/../y", "abc/def.ghi.jkl", "/a/b/c/", "a//b", ".hidden", "x/.."}
	for _, s := range paths {
		check("Clean "+s, path.Clean(s), gpath.Clean(s))
		check("Base "+s, path.Base(s), gpath.Base(s))
		check("Dir "+s, path.Dir(s), gpath.Dir(s))
		check("Ext "+s, path.Ext(s), gpath.Ext(s))
		d1, f1 := path.Split(s)
		d2, f2 := gpath.Split(s)
		check("Split "+s, d1+"|"+f1, d2+"|"+f2)
		check("Join "+s, path.Join(s, "x", s), gpath.Join(s, "x", s))
	}
	pats := []string{"*", "a*", "*c", "a?c", "[a-c]*", "[^a]*", "\\*", "a[", "[]a]", "*/b", "a/*", "[\\]]", "[x-]", "**", "a*b*c"}
	for _, pt := range pats {
		for _, name := range []string{"abc", "a/b", "]", "*", "xbc", "a", "", "aXbYc", "ab/c"} {
			m1, e1 := path.Match(pt, name)
			m2, e2 := gpath.Match(pt, name)
			check("Match "+pt+" "+name, fmt.Sprint(m1, es(e1)), fmt.Sprint(m2, es(e2)))
		}
	}
	for e := 0; e < 140; e++ {
		check("Errno", syscall.Errno(e).Error(), gsyscall.Errno(e).Error())
	}
	for s := 0; s < 70; s++ {
		check("Signal", syscall.Signal(s).String(), gsyscall.Signal(s).String())
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
