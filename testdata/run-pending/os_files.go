// Files: os.WriteFile/ReadFile in a temporary directory, Create/Open/Read/
// Write/Close, Stat, bufio.Scanner over a file, Remove.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "gots-os-files-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	err = os.WriteFile(p, []byte("hello\nworld\n"), 0o644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(p)
	fmt.Printf("read: %q %v\n", data, err)
	// Create, Write, Close
	q := filepath.Join(dir, "b.txt")
	f, err := os.Create(q)
	fmt.Println("create:", err)
	n, err := f.Write([]byte("line one\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("line two\nline three\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 4)
	fmt.Println("close:", f.Close())
	// Open and Read in chunks
	f, err = os.Open(q)
	fmt.Println("open:", err)
	buf := make([]byte, 8)
	var chunks []string
	for {
		n, err := f.Read(buf)
		if n > 0 {
			chunks = append(chunks, string(buf[:n]))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
	}
	fmt.Printf("%q\n", chunks)
	f.Close()
	// Stat
	st, err := os.Stat(q)
	fmt.Println(st.Name(), st.Size(), st.IsDir(), err)
	// bufio.Scanner over a file
	f, _ = os.Open(q)
	sc := bufio.NewScanner(f)
	i := 0
	for sc.Scan() {
		i++
		fmt.Println(i, sc.Text(), len(sc.Text()))
	}
	fmt.Println("scan err:", sc.Err())
	f.Close()
	// word scanner
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\ngamma\tdelta "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words)
	// append mode
	af, err := os.OpenFile(q, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("openfile:", err)
	af.WriteString("appended\n")
	af.Close()
	data, _ = os.ReadFile(q)
	fmt.Println(strings.Count(string(data), "\n"), strings.HasSuffix(string(data), "appended\n"))
	// io.ReadAll, ReadDir
	f, _ = os.Open(p)
	all, err := io.ReadAll(f)
	f.Close()
	fmt.Println(len(all), err)
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	// errors
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.Remove(p), fileExists(p), fileExists(q))
	var pe *fs.PathError
	err = os.Remove(p)
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
	// write to a closed file
	f, _ = os.Create(p)
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil, errors.Is(err, os.ErrClosed))
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
