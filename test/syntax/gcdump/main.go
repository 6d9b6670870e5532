// Prints the syntax trees that gc's own parser (cmd/compile/internal/syntax,
// copied next to this file by diff-ast.ts) builds for the files named on
// stdin, in the canonical text form of ../dump.ts.

package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"gosyntax/syntax"
)

var w *bufio.Writer
var groups map[*syntax.Group]int

func q(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func pos(p syntax.Pos) string { return fmt.Sprintf("%d:%d", p.Line(), p.Col()) }

func grp(g *syntax.Group) string {
	if g == nil {
		return "_"
	}
	if _, ok := groups[g]; !ok {
		groups[g] = len(groups) + 1
	}
	return fmt.Sprintf("g%d", groups[g])
}

func p(args ...interface{}) {
	for _, a := range args {
		switch a := a.(type) {
		case string:
			w.WriteString(a)
		default:
			node(a)
		}
	}
}

func open(kind string, n syntax.Node) { w.WriteString("(" + kind + "@" + pos(n.Pos())) }

func node(x interface{}) {
	w.WriteString(" ")
	switch n := x.(type) {
	case nil:
		w.WriteString("_")
		return
	case []syntax.Decl:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []syntax.Stmt:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []syntax.Expr:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []*syntax.Field:
		if n == nil {
			w.WriteString("_")
			return
		}
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []*syntax.Name:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []*syntax.BasicLit:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []*syntax.CaseClause:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	case []*syntax.CommClause:
		w.WriteString("[")
		for _, d := range n {
			node(d)
		}
		w.WriteString("]")
		return
	}
	// typed nils
	switch n := x.(type) {
	case *syntax.Name:
		if n == nil {
			w.WriteString("_")
			return
		}
		open("Name", n)
		w.WriteString(" " + q(n.Value) + ")")
	case *syntax.BasicLit:
		if n == nil {
			w.WriteString("_")
			return
		}
		open("BasicLit", n)
		fmt.Fprintf(w, " %s %d %v)", q(n.Value), n.Kind, n.Bad)
	case *syntax.Field:
		if n == nil {
			w.WriteString("_")
			return
		}
		open("Field", n)
		node(n.Name)
		node(n.Type)
		w.WriteString(")")
	case *syntax.BlockStmt:
		if n == nil {
			w.WriteString("_")
			return
		}
		open("BlockStmt", n)
		node(n.List)
		w.WriteString(" " + pos(n.Rbrace) + ")")
	case *syntax.FuncType:
		if n == nil {
			w.WriteString("_")
			return
		}
		open("FuncType", n)
		node(n.ParamList)
		node(n.ResultList)
		w.WriteString(")")
	case *syntax.ImportDecl:
		open("ImportDecl", n)
		w.WriteString(" " + grp(n.Group))
		node(n.LocalPkgName)
		node(n.Path)
		w.WriteString(")")
	case *syntax.ConstDecl:
		open("ConstDecl", n)
		w.WriteString(" " + grp(n.Group))
		node(n.NameList)
		node(n.Type)
		node(n.Values)
		w.WriteString(")")
	case *syntax.TypeDecl:
		open("TypeDecl", n)
		w.WriteString(" " + grp(n.Group))
		node(n.Name)
		node(n.TParamList)
		fmt.Fprintf(w, " %v", n.Alias)
		node(n.Type)
		w.WriteString(")")
	case *syntax.VarDecl:
		open("VarDecl", n)
		w.WriteString(" " + grp(n.Group))
		node(n.NameList)
		node(n.Type)
		node(n.Values)
		w.WriteString(")")
	case *syntax.FuncDecl:
		open("FuncDecl", n)
		node(n.Recv)
		node(n.Name)
		node(n.TParamList)
		node(n.Type)
		node(n.Body)
		w.WriteString(")")
	case *syntax.BadExpr:
		open("BadExpr", n)
		w.WriteString(")")
	case *syntax.CompositeLit:
		open("CompositeLit", n)
		node(n.Type)
		node(n.ElemList)
		fmt.Fprintf(w, " %d %s)", n.NKeys, pos(n.Rbrace))
	case *syntax.KeyValueExpr:
		open("KeyValueExpr", n)
		node(n.Key)
		node(n.Value)
		w.WriteString(")")
	case *syntax.FuncLit:
		open("FuncLit", n)
		node(n.Type)
		node(n.Body)
		w.WriteString(")")
	case *syntax.ParenExpr:
		open("ParenExpr", n)
		node(n.X)
		w.WriteString(")")
	case *syntax.SelectorExpr:
		open("SelectorExpr", n)
		node(n.X)
		node(n.Sel)
		w.WriteString(")")
	case *syntax.IndexExpr:
		open("IndexExpr", n)
		node(n.X)
		node(n.Index)
		w.WriteString(")")
	case *syntax.SliceExpr:
		open("SliceExpr", n)
		node(n.X)
		node(n.Index[0])
		node(n.Index[1])
		node(n.Index[2])
		fmt.Fprintf(w, " %v)", n.Full)
	case *syntax.AssertExpr:
		open("AssertExpr", n)
		node(n.X)
		node(n.Type)
		w.WriteString(")")
	case *syntax.TypeSwitchGuard:
		open("TypeSwitchGuard", n)
		node(n.Lhs)
		node(n.X)
		w.WriteString(")")
	case *syntax.Operation:
		open("Operation", n)
		fmt.Fprintf(w, " %d", n.Op)
		node(n.X)
		node(n.Y)
		w.WriteString(")")
	case *syntax.CallExpr:
		open("CallExpr", n)
		node(n.Fun)
		node(n.ArgList)
		fmt.Fprintf(w, " %v)", n.HasDots)
	case *syntax.ListExpr:
		open("ListExpr", n)
		node(n.ElemList)
		w.WriteString(")")
	case *syntax.ArrayType:
		open("ArrayType", n)
		node(n.Len)
		node(n.Elem)
		w.WriteString(")")
	case *syntax.SliceType:
		open("SliceType", n)
		node(n.Elem)
		w.WriteString(")")
	case *syntax.DotsType:
		open("DotsType", n)
		node(n.Elem)
		w.WriteString(")")
	case *syntax.StructType:
		open("StructType", n)
		node(n.FieldList)
		w.WriteString(" [")
		for i := range n.FieldList {
			if i < len(n.TagList) && n.TagList[i] != nil {
				node(n.TagList[i])
			} else {
				w.WriteString(" _")
			}
		}
		w.WriteString("])")
	case *syntax.InterfaceType:
		open("InterfaceType", n)
		node(n.MethodList)
		w.WriteString(")")
	case *syntax.MapType:
		open("MapType", n)
		node(n.Key)
		node(n.Value)
		w.WriteString(")")
	case *syntax.ChanType:
		open("ChanType", n)
		fmt.Fprintf(w, " %d", n.Dir)
		node(n.Elem)
		w.WriteString(")")
	case *syntax.EmptyStmt:
		open("EmptyStmt", n)
		w.WriteString(")")
	case *syntax.LabeledStmt:
		open("LabeledStmt", n)
		node(n.Label)
		node(n.Stmt)
		w.WriteString(")")
	case *syntax.ExprStmt:
		open("ExprStmt", n)
		node(n.X)
		w.WriteString(")")
	case *syntax.SendStmt:
		open("SendStmt", n)
		node(n.Chan)
		node(n.Value)
		w.WriteString(")")
	case *syntax.DeclStmt:
		open("DeclStmt", n)
		node(n.DeclList)
		w.WriteString(")")
	case *syntax.AssignStmt:
		open("AssignStmt", n)
		fmt.Fprintf(w, " %d", n.Op)
		node(n.Lhs)
		node(n.Rhs)
		w.WriteString(")")
	case *syntax.BranchStmt:
		open("BranchStmt", n)
		fmt.Fprintf(w, " %s", n.Tok)
		node(n.Label)
		w.WriteString(")")
	case *syntax.CallStmt:
		open("CallStmt", n)
		fmt.Fprintf(w, " %s", n.Tok)
		node(n.Call)
		w.WriteString(")")
	case *syntax.ReturnStmt:
		open("ReturnStmt", n)
		node(n.Results)
		w.WriteString(")")
	case *syntax.IfStmt:
		open("IfStmt", n)
		node(n.Init)
		node(n.Cond)
		node(n.Then)
		node(n.Else)
		w.WriteString(")")
	case *syntax.ForStmt:
		open("ForStmt", n)
		node(n.Init)
		node(n.Cond)
		node(n.Post)
		node(n.Body)
		w.WriteString(")")
	case *syntax.SwitchStmt:
		open("SwitchStmt", n)
		node(n.Init)
		node(n.Tag)
		node(n.Body)
		w.WriteString(" " + pos(n.Rbrace) + ")")
	case *syntax.SelectStmt:
		open("SelectStmt", n)
		node(n.Body)
		w.WriteString(" " + pos(n.Rbrace) + ")")
	case *syntax.RangeClause:
		open("RangeClause", n)
		node(n.Lhs)
		fmt.Fprintf(w, " %v", n.Def)
		node(n.X)
		w.WriteString(")")
	case *syntax.CaseClause:
		open("CaseClause", n)
		node(n.Cases)
		node(n.Body)
		w.WriteString(" " + pos(n.Colon) + ")")
	case *syntax.CommClause:
		open("CommClause", n)
		node(n.Comm)
		node(n.Body)
		w.WriteString(" " + pos(n.Colon) + ")")
	default:
		panic(fmt.Sprintf("unknown node %T", n))
	}
}

func main() {
	w = bufio.NewWriter(os.Stdout)
	defer w.Flush()
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		name := sc.Text()
		groups = map[*syntax.Group]int{}
		f, _ := syntax.ParseFile(name, func(error) {}, nil, syntax.CheckBranches)
		fmt.Fprintf(w, "FILE %s\n", name)
		if f == nil {
			w.WriteString("nil\n")
			continue
		}
		w.WriteString("(File@" + pos(f.Pos()))
		node(f.PkgName)
		node(f.DeclList)
		w.WriteString(" " + pos(f.EOF) + " " + q(f.GoVersion) + ")\n")
	}
}
