// apicmp compares the exported API of gots' library packages (compiled as
// module gotslib) with Go's own, using the compilers' export data.
// Usage: apicmp EXPORTS-FILE pkg...   (EXPORTS-FILE: lines "importpath=exportfile")
package main

import (
	"bufio"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"sort"
	"strings"
)

func qual(p *types.Package) string { return strings.TrimPrefix(p.Path(), "gotslib/") }

func ts(t types.Type) string { return types.TypeString(t, qual) }

func describe(obj types.Object) map[string]string {
	d := map[string]string{}
	switch o := obj.(type) {
	case *types.Const:
		d[""] = "const " + ts(o.Type()) + " = " + o.Val().ExactString()
	case *types.Var:
		d[""] = "var " + ts(o.Type())
	case *types.Func:
		d[""] = "func " + ts(o.Type())
	case *types.TypeName:
		if o.IsAlias() {
			d[""] = "alias " + ts(types.Unalias(o.Type()))
			return d
		}
		named, ok := o.Type().(*types.Named)
		if !ok {
			d[""] = "type " + ts(o.Type())
			return d
		}
		tp := ""
		if named.TypeParams() != nil {
			var ps []string
			for i := 0; i < named.TypeParams().Len(); i++ {
				p := named.TypeParams().At(i)
				ps = append(ps, p.Obj().Name()+" "+ts(p.Constraint()))
			}
			tp = "[" + strings.Join(ps, ", ") + "]"
		}
		switch u := named.Underlying().(type) {
		case *types.Struct:
			d[""] = "type" + tp + " struct"
			for i := 0; i < u.NumFields(); i++ {
				f := u.Field(i)
				if f.Exported() {
					d["field "+f.Name()] = ts(f.Type()) + fmt.Sprintf(" embedded=%v", f.Embedded())
				}
			}
		case *types.Interface:
			d[""] = "type" + tp + " interface"
			for i := 0; i < u.NumMethods(); i++ {
				m := u.Method(i)
				if m.Exported() {
					d["imethod "+m.Name()] = ts(m.Type())
				}
			}
			for i := 0; i < u.NumEmbeddeds(); i++ {
				e := u.EmbeddedType(i)
				if _, isNamed := e.(*types.Named); !isNamed {
					d[fmt.Sprintf("embedded %d", i)] = ts(e)
				}
			}
		default:
			d[""] = "type" + tp + " " + ts(u)
		}
		for _, ptr := range []bool{false, true} {
			var t types.Type = named
			if ptr {
				t = types.NewPointer(named)
			}
			if _, isIface := named.Underlying().(*types.Interface); isIface {
				continue
			}
			ms := types.NewMethodSet(t)
			for i := 0; i < ms.Len(); i++ {
				m := ms.At(i).Obj()
				if !m.Exported() {
					continue
				}
				key := "method " + m.Name()
				if ptr {
					if _, ok := d[key]; ok {
						continue
					}
					key = "ptrmethod " + m.Name()
				}
				d[key] = ts(m.Type().(*types.Signature))
			}
		}
	}
	return d
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	exports := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && v != "" {
			exports[k] = v
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		if e, ok := exports[path]; ok {
			return os.Open(e)
		}
		return nil, fmt.Errorf("no export data for %s", path)
	})
	bad := 0
	for _, p := range os.Args[2:] {
		if strings.HasPrefix(p, "internal/") || strings.Contains(p, "/internal/") {
			continue
		}
		want, err := imp.Import(p)
		if err != nil {
			fmt.Printf("%s: cannot load Go's package: %v\n", p, err)
			continue
		}
		have, err := imp.Import("gotslib/" + p)
		if err != nil {
			fmt.Printf("%s: cannot load gots' package: %v\n", p, err)
			bad++
			continue
		}
		var names []string
		seen := map[string]bool{}
		for _, n := range append(want.Scope().Names(), have.Scope().Names()...) {
			if !seen[n] && token.IsExported(n) {
				seen[n] = true
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			wo, ho := want.Scope().Lookup(n), have.Scope().Lookup(n)
			switch {
			case ho == nil:
				fmt.Printf("%s: missing %s\n", p, n)
				bad++
				continue
			case wo == nil:
				fmt.Printf("%s: extra %s\n", p, n)
				bad++
				continue
			}
			wd, hd := describe(wo), describe(ho)
			var keys []string
			for k := range wd {
				keys = append(keys, k)
			}
			for k := range hd {
				if _, ok := wd[k]; !ok {
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			for _, k := range keys {
				w, wok := wd[k]
				h, hok := hd[k]
				label := n
				if k != "" {
					label += " " + k
				}
				switch {
				case !hok:
					fmt.Printf("%s: missing %s: %s\n", p, label, w)
					bad++
				case !wok:
					fmt.Printf("%s: extra %s: %s\n", p, label, h)
					bad++
				case w != h:
					fmt.Printf("%s: %s differs:\n\tgo:   %s\n\tgots: %s\n", p, label, w, h)
					bad++
				}
			}
		}
	}
	fmt.Printf("%d API differences\n", bad)
}
