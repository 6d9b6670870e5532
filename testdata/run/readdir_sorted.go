// Directory listings come back sorted by name (os.ReadDir, fs.ReadDir,
// ioutil.ReadDir, filepath.Glob and WalkDir); flag.VisitAll visits flags
// in lexical order.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "readdir")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"zeta", "alpha", "Mid", "b.txt", "a.go"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644); err != nil {
			panic(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "y"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "x"), nil, 0o644)

	es, err := os.ReadDir(dir)
	for _, e := range es {
		fmt.Print(e.Name(), " ", e.IsDir(), "; ")
	}
	fmt.Println(err)
	ds, _ := fs.ReadDir(os.DirFS(dir), "sub")
	for _, e := range ds {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	fis, _ := ioutil.ReadDir(dir)
	for _, fi := range fis {
		if fi.IsDir() {
			fmt.Print(fi.Name(), "/ ")
		} else {
			fmt.Print(fi.Name(), ":", fi.Size(), " ")
		}
	}
	fmt.Println()
	m, _ := filepath.Glob(filepath.Join(dir, "*a*"))
	for _, p := range m {
		fmt.Print(strings.TrimPrefix(p, dir), " ")
	}
	fmt.Println()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		fmt.Print(strings.TrimPrefix(p, dir), " ")
		return nil
	})
	fmt.Println()

	flag.Int("zeta", 1, "z")
	flag.Bool("alpha", false, "a")
	flag.String("mid", "", "m")
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
}
