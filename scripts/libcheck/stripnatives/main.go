// stripnatives removes the bodiless function declarations (gots natives)
// from the Go files of the directories named on the command line, so that
// shim files can define them for testing with the real Go toolchain.
package main

import (
	"go/ast"
	"strconv"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	for _, dir := range os.Args[1:] {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_shim.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
			if err != nil {
				panic(err)
			}
			var decls []ast.Decl
			changed := false
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
					changed = true
					continue
				}
				decls = append(decls, d)
			}
			if !changed {
				continue
			}
			f.Decls = decls
			f.Comments = nil
			dropUnusedImports(f)
			out, err := os.Create(name)
			if err != nil {
				panic(err)
			}
			if err := printer.Fprint(out, fset, f); err != nil {
				panic(err)
			}
			out.Close()
		}
	}
}

// dropUnusedImports removes the imports that no selector expression uses.
func dropUnusedImports(f *ast.File) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	var specs []*ast.ImportSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var keep []ast.Spec
		for _, sp := range gd.Specs {
			is := sp.(*ast.ImportSpec)
			path, _ := strconv.Unquote(is.Path.Value)
			name := path[strings.LastIndex(path, "/")+1:]
			if is.Name != nil {
				name = is.Name.Name
			}
			if name == "_" || used[name] {
				keep = append(keep, sp)
				specs = append(specs, is)
			}
		}
		gd.Specs = keep
	}
	f.Imports = specs
}
