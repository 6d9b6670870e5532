// Differential test: bufio, log, path/filepath, io/ioutil, runtime/debug.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"

	gbufio "gotslib/bufio"
	gbytes "gotslib/bytes"
	gfilepath "gotslib/path/filepath"
	glog "gotslib/log"
	gdebug "gotslib/runtime/debug"
	gfs "gotslib/io/fs"
	gstrings "gotslib/strings"
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

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	inputs := []string{"", "a", "line1\nline2\n", "no newline", "crlf\r\nx\r\n", "\n\n\n", "  words  and\tmore \n words ",
		strings.Repeat("x", 5000) + "\nshort\n", "héllo wörld\xff\xfe 🙂", strings.Repeat("ab\n", 3000)}
	splits := []struct {
		name string
		r    bufio.SplitFunc
		g    gbufio.SplitFunc
	}{{"lines", bufio.ScanLines, gbufio.ScanLines}, {"words", bufio.ScanWords, gbufio.ScanWords},
		{"runes", bufio.ScanRunes, gbufio.ScanRunes}, {"bytes", bufio.ScanBytes, gbufio.ScanBytes}}
	for _, in := range inputs {
		for _, sp := range splits {
			for _, small := range []bool{false, true} {
				rs := bufio.NewScanner(oneByte{strings.NewReader(in)})
				gs := gbufio.NewScanner(oneByte{gstrings.NewReader(in)})
				rs.Split(sp.r)
				gs.Split(sp.g)
				if small {
					rs.Buffer(make([]byte, 10), 100)
					gs.Buffer(make([]byte, 10), 100)
				}
				var rt, gt []string
				for rs.Scan() {
					rt = append(rt, rs.Text())
				}
				for gs.Scan() {
					gt = append(gt, gs.Text())
				}
				check(fmt.Sprintf("Scanner %s %v %.20q", sp.name, small, in), fmt.Sprint(rt, rs.Err()), fmt.Sprint(gt, gs.Err()))
			}
		}
		for _, size := range []int{16, 4096} {
			rr := bufio.NewReaderSize(oneByte{strings.NewReader(in)}, size)
			gr := gbufio.NewReaderSize(oneByte{strings.NewReader(in)}, size)
			for i := 0; i < 20; i++ {
				l1, p1, e1 := rr.ReadLine()
				l2, p2, e2 := gr.ReadLine()
				check("ReadLine", fmt.Sprint(string(l1), p1, e1), fmt.Sprint(string(l2), p2, e2))
				s1, e1 := rr.ReadString(' ')
				s2, e2 := gr.ReadString(' ')
				check("ReadString", fmt.Sprint(s1, e1), fmt.Sprint(s2, e2))
				r1, n1, e1 := rr.ReadRune()
				r2, n2, e2 := gr.ReadRune()
				check("ReadRune", fmt.Sprint(r1, n1, e1), fmt.Sprint(r2, n2, e2))
				check("UnreadRune", fmt.Sprint(rr.UnreadRune()), fmt.Sprint(gr.UnreadRune()))
				b1, e1 := rr.Peek(3)
				b2, e2 := gr.Peek(3)
				check("Peek", fmt.Sprint(string(b1), e1), fmt.Sprint(string(b2), e2))
				d1, e1 := rr.Discard(2)
				d2, e2 := gr.Discard(2)
				check("Discard", fmt.Sprint(d1, e1), fmt.Sprint(d2, e2))
			}
		}
		var rb, gb bytes.Buffer
		rw := bufio.NewWriterSize(&rb, 16)
		gw := gbufio.NewWriterSize(&gb, 16)
		for i := 0; i < 3; i++ {
			rw.WriteString(in)
			gw.WriteString(in)
			rw.WriteRune('é')
			gw.WriteRune('é')
			rw.WriteByte('|')
			gw.WriteByte('|')
			check("Buffered", rw.Buffered(), gw.Buffered())
		}
		rw.Flush()
		gw.Flush()
		check("Writer", rb.String(), gb.String())
	}
	var lb1, lb2 gbytes.Buffer
	l1 := log.New(&lb1, "pre: ", log.Lmsgprefix|log.Lshortfile)
	l2 := glog.New(&lb2, "pre: ", glog.Lmsgprefix|glog.Lshortfile)
	l1.Printf("x=%d", 1)
	l2.Printf("x=%d", 1)
	l1.Println("a", 2)
	l2.Println("a", 2)
	digits := regexp.MustCompile(`main.go:[0-9]+`)
	check("log", digits.ReplaceAllString(lb1.String(), "main.go:N"), digits.ReplaceAllString(lb2.String(), "main.go:N"))
	lb1.Reset()
	lb2.Reset()
	log.New(&lb1, "P ", 0).Print("no newline")
	glog.New(&lb2, "P ", 0).Print("no newline")
	check("log2", lb1.String(), lb2.String())
	paths := []string{"", ".", "/", "a/b", "/a/b/../c", "a/", "../x", "/..", "a/b/c.tar.gz"}
	for _, a := range paths {
		for _, b := range paths {
			r1, e1 := filepath.Rel(a, b)
			r2, e2 := gfilepath.Rel(a, b)
			check("Rel "+a+" "+b, fmt.Sprint(r1, e1), fmt.Sprint(r2, e2))
		}
		check("IsLocal "+a, filepath.IsLocal(a), gfilepath.IsLocal(a))
		check("SplitList "+a, filepath.SplitList(a+":x"), gfilepath.SplitList(a+":x"))
		a1, _ := filepath.Abs(a)
		a2, _ := gfilepath.Abs(a)
		check("Abs "+a, a1, a2)
	}
	dir, _ := os.MkdirTemp("", "gotsfp")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/a/b", 0o755)
	os.WriteFile(dir+"/a/x.go", nil, 0o644)
	os.WriteFile(dir+"/a/b/y.go", nil, 0o644)
	os.Symlink("a/b", dir+"/lnk")
	var w1, w2 []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error { w1 = append(w1, p); return nil })
	gfilepath.Walk(dir, func(p string, info gfs.FileInfo, err error) error { w2 = append(w2, p); return nil })
	check("Walk", w1, w2)
	g1, _ := filepath.Glob(dir + "/*/*.go")
	g2, _ := gfilepath.Glob(dir + "/*/*.go")
	check("Glob", g1, g2)
	e1, err1 := filepath.EvalSymlinks(dir + "/lnk/y.go")
	e2, err2 := gfilepath.EvalSymlinks(dir + "/lnk/y.go")
	check("EvalSymlinks", fmt.Sprint(e1, err1), fmt.Sprint(e2, err2))
	bi1, _ := debug.ReadBuildInfo()
	bi2, _ := gdebug.ReadBuildInfo()
	check("BuildInfo", bi1.Path, bi2.Path)
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
