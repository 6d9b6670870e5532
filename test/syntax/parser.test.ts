// Syntax trees: node kinds, fields and positions. The full-tree cases were
// recorded from gc's own parser (cmd/compile/internal/syntax, via
// gcdump/main.go) and must match exactly in the canonical form of dump.ts;
// the other tests spell out the conventions that later stages rely on.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type AssignStmt,
  type CallExpr,
  type CompositeLit,
  type Expr,
  type File,
  type FuncDecl,
  type StructType,
  type VarDecl,
  LitKind,
  Operator,
  PragmaFlag,
  startPos,
} from "../../src/syntax/ast.js";
import { ErrorList } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { nodeString } from "../../src/syntax/printer.js";
import { FileSet, type SourceFile, toByteString } from "../../src/syntax/source.js";
import { dumpFile } from "./dump.js";

const gcTrees: { name: string; src: string; tree: string }[] = [
  {
    name: "binary precedence and unary",
    src: "package p\n\nvar x = -a + b*c<<2 == d && !e || <-ch != nil\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"x\")] _ (Operation@3:32 5 (Operation@3:26 6 (Operation@3:21 7 (Operation@3:12 13 (Operation@3:9 14 (Name@3:10 \"a\") _) (Operation@3:17 22 (Operation@3:15 17 (Name@3:14 \"b\") (Name@3:16 \"c\")) (BasicLit@3:19 \"2\" 0 false))) (Name@3:24 \"d\")) (Operation@3:29 2 (Name@3:30 \"e\") _)) (Operation@3:40 8 (Operation@3:35 3 (Name@3:37 \"ch\") _) (Name@3:43 \"nil\"))))] 4:1 \"\")",
  },
  {
    name: "selector index slice call assert",
    src: "package p\n\nvar x = a.b[i].c(d, e...)[1:2:3].(T)[j:]\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"x\")] _ (SliceExpr@3:37 (AssertExpr@3:33 (SliceExpr@3:26 (CallExpr@3:17 (SelectorExpr@3:15 (IndexExpr@3:12 (SelectorExpr@3:10 (Name@3:9 \"a\") (Name@3:11 \"b\")) (Name@3:13 \"i\")) (Name@3:16 \"c\")) [ (Name@3:18 \"d\") (Name@3:21 \"e\")] true) (BasicLit@3:27 \"1\" 0 false) (BasicLit@3:29 \"2\" 0 false) (BasicLit@3:31 \"3\" 0 false) true) (Name@3:35 \"T\")) (Name@3:38 \"j\") _ _ false))] 4:1 \"\")",
  },
  {
    name: "composite literals",
    src: "package p\n\nvar x = map[string][]int{\"a\": {1, 2}, \"b\": nil}\nvar y = [...]T{{}, {X: 1}}\nvar z = &struct{ a, b int }{1, 2}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"x\")] _ (CompositeLit@3:25 (MapType@3:9 (Name@3:13 \"string\") (SliceType@3:20 (Name@3:22 \"int\"))) [ (KeyValueExpr@3:29 (BasicLit@3:26 \"\\\"a\\\"\" 4 false) (CompositeLit@3:31 _ [ (BasicLit@3:32 \"1\" 0 false) (BasicLit@3:35 \"2\" 0 false)] 0 3:36)) (KeyValueExpr@3:42 (BasicLit@3:39 \"\\\"b\\\"\" 4 false) (Name@3:44 \"nil\"))] 2 3:47)) (VarDecl@4:5 _ [ (Name@4:5 \"y\")] _ (CompositeLit@4:15 (ArrayType@4:9 _ (Name@4:14 \"T\")) [ (CompositeLit@4:16 _ [] 0 4:17) (CompositeLit@4:20 _ [ (KeyValueExpr@4:22 (Name@4:21 \"X\") (BasicLit@4:24 \"1\" 0 false))] 1 4:25)] 0 4:26)) (VarDecl@5:5 _ [ (Name@5:5 \"z\")] _ (Operation@5:9 20 (CompositeLit@5:28 (StructType@5:10 [ (Field@5:18 (Name@5:18 \"a\") (Name@5:23 \"int\")) (Field@5:21 (Name@5:21 \"b\") (Name@5:23 \"int\"))] [ _ _]) [ (BasicLit@5:29 \"1\" 0 false) (BasicLit@5:32 \"2\" 0 false)] 0 5:33) _))] 6:1 \"\")",
  },
  {
    name: "func literal and types",
    src: "package p\n\nvar f = func(a, b int, c ...string) (r int, err error) { return }\nvar g func(int) (string, bool)\nvar h chan<- <-chan map[K]*V\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"f\")] _ (FuncLit@3:9 (FuncType@3:13 [ (Field@3:14 (Name@3:14 \"a\") (Name@3:19 \"int\")) (Field@3:17 (Name@3:17 \"b\") (Name@3:19 \"int\")) (Field@3:24 (Name@3:24 \"c\") (DotsType@3:26 (Name@3:29 \"string\")))] [ (Field@3:38 (Name@3:38 \"r\") (Name@3:40 \"int\")) (Field@3:45 (Name@3:45 \"err\") (Name@3:49 \"error\"))]) (BlockStmt@3:56 [ (ReturnStmt@3:58 _)] 3:65))) (VarDecl@4:5 _ [ (Name@4:5 \"g\")] (FuncType@4:11 [ (Field@4:12 _ (Name@4:12 \"int\"))] [ (Field@4:18 _ (Name@4:18 \"string\")) (Field@4:26 _ (Name@4:26 \"bool\"))]) _) (VarDecl@5:5 _ [ (Name@5:5 \"h\")] (ChanType@5:7 1 (ChanType@5:14 2 (MapType@5:21 (Name@5:25 \"K\") (Operation@5:27 17 (Name@5:28 \"V\") _)))) _)] 6:1 \"\")",
  },
  {
    name: "struct with tags and embedding",
    src: "package p\n\ntype S struct {\n\ta, b int `json:\"a\"`\n\t*E\n\tpkg.T\n\tG[int]\n\tc [N]int\n\td []G[int]\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (TypeDecl@3:6 _ (Name@3:6 \"S\") _ false (StructType@3:8 [ (Field@4:2 (Name@4:2 \"a\") (Name@4:7 \"int\")) (Field@4:5 (Name@4:5 \"b\") (Name@4:7 \"int\")) (Field@5:2 _ (Operation@5:2 17 (Name@5:3 \"E\") _)) (Field@6:2 _ (SelectorExpr@6:5 (Name@6:2 \"pkg\") (Name@6:6 \"T\"))) (Field@7:2 _ (IndexExpr@7:3 (Name@7:2 \"G\") (Name@7:4 \"int\"))) (Field@8:2 (Name@8:2 \"c\") (ArrayType@8:4 (Name@8:5 \"N\") (Name@8:7 \"int\"))) (Field@9:2 (Name@9:2 \"d\") (SliceType@9:4 (IndexExpr@9:7 (Name@9:6 \"G\") (Name@9:8 \"int\"))))] [ (BasicLit@4:11 \"`json:\\\"a\\\"`\" 4 false) (BasicLit@4:11 \"`json:\\\"a\\\"`\" 4 false) _ _ _ _ _]))] 11:1 \"\")",
  },
  {
    name: "interfaces and type sets",
    src: "package p\n\ntype I interface {\n\tM(x int) string\n\tfmt.Stringer\n\t~int | ~string | float64\n\tC[T]\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (TypeDecl@3:6 _ (Name@3:6 \"I\") _ false (InterfaceType@3:8 [ (Field@4:2 (Name@4:2 \"M\") (FuncType@4:3 [ (Field@4:4 (Name@4:4 \"x\") (Name@4:6 \"int\"))] [ (Field@4:11 _ (Name@4:11 \"string\"))])) (Field@5:2 _ (SelectorExpr@5:5 (Name@5:2 \"fmt\") (Name@5:6 \"Stringer\"))) (Field@6:2 _ (Operation@6:17 15 (Operation@6:7 15 (Operation@6:2 4 (Name@6:3 \"int\") _) (Operation@6:9 4 (Name@6:10 \"string\") _)) (Name@6:19 \"float64\"))) (Field@7:2 _ (IndexExpr@7:3 (Name@7:2 \"C\") (Name@7:4 \"T\")))]))] 9:1 \"\")",
  },
  {
    name: "generic declarations",
    src: "package p\n\ntype T[P any, Q ~int | ~string, R interface{ M() }] struct{ f P }\ntype A[N *int] []int\ntype B[P *T,] int\ntype C[P []int] int\ntype D = map[int]string\ntype E[P any] = P\nfunc F[P, Q any, R ~[]P](p P, q ...Q) R { return nil }\nfunc (r *T[P, Q, R]) M() {}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (TypeDecl@3:6 _ (Name@3:6 \"T\") [ (Field@3:8 (Name@3:8 \"P\") (Name@3:10 \"any\")) (Field@3:15 (Name@3:15 \"Q\") (Operation@3:22 15 (Operation@3:17 4 (Name@3:18 \"int\") _) (Operation@3:24 4 (Name@3:25 \"string\") _))) (Field@3:33 (Name@3:33 \"R\") (InterfaceType@3:35 [ (Field@3:46 (Name@3:46 \"M\") (FuncType@3:47 _ _))]))] false (StructType@3:53 [ (Field@3:61 (Name@3:61 \"f\") (Name@3:63 \"P\"))] [ _])) (TypeDecl@4:6 _ (Name@4:6 \"A\") _ false (ArrayType@4:7 (Operation@4:10 17 (Name@4:8 \"N\") (Name@4:11 \"int\")) (SliceType@4:16 (Name@4:18 \"int\")))) (TypeDecl@5:6 _ (Name@5:6 \"B\") [ (Field@5:8 (Name@5:8 \"P\") (Operation@5:10 17 (Name@5:11 \"T\") _))] false (Name@5:15 \"int\")) (TypeDecl@6:6 _ (Name@6:6 \"C\") [ (Field@6:8 (Name@6:8 \"P\") (SliceType@6:10 (Name@6:12 \"int\")))] false (Name@6:17 \"int\")) (TypeDecl@7:6 _ (Name@7:6 \"D\") _ true (MapType@7:10 (Name@7:14 \"int\") (Name@7:18 \"string\"))) (TypeDecl@8:6 _ (Name@8:6 \"E\") [ (Field@8:8 (Name@8:8 \"P\") (Name@8:10 \"any\"))] true (Name@8:17 \"P\")) (FuncDecl@9:6 _ (Name@9:6 \"F\") [ (Field@9:8 (Name@9:8 \"P\") (Name@9:13 \"any\")) (Field@9:11 (Name@9:11 \"Q\") (Name@9:13 \"any\")) (Field@9:18 (Name@9:18 \"R\") (Operation@9:20 4 (SliceType@9:21 (Name@9:23 \"P\")) _))] (FuncType@9:7 [ (Field@9:26 (Name@9:26 \"p\") (Name@9:28 \"P\")) (Field@9:31 (Name@9:31 \"q\") (DotsType@9:33 (Name@9:36 \"Q\")))] [ (Field@9:39 _ (Name@9:39 \"R\"))]) (BlockStmt@9:41 [ (ReturnStmt@9:43 (Name@9:50 \"nil\"))] 9:54)) (FuncDecl@10:6 (Field@10:7 (Name@10:7 \"r\") (Operation@10:9 17 (IndexExpr@10:11 (Name@10:10 \"T\") (ListExpr@10:12 [ (Name@10:12 \"P\") (Name@10:15 \"Q\") (Name@10:18 \"R\")])) _)) (Name@10:22 \"M\") _ (FuncType@10:23 _ _) (BlockStmt@10:26 [] 10:27))] 11:1 \"\")",
  },
  {
    name: "array vs type params",
    src: "package p\n\ntype A [N]int\ntype B [N * 2]int\ntype C[P *Q] int\ntype D [P * Q]int\ntype E[P (Q)] int\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (TypeDecl@3:6 _ (Name@3:6 \"A\") _ false (ArrayType@3:8 (Name@3:9 \"N\") (Name@3:11 \"int\"))) (TypeDecl@4:6 _ (Name@4:6 \"B\") _ false (ArrayType@4:8 (Operation@4:11 17 (Name@4:9 \"N\") (BasicLit@4:13 \"2\" 0 false)) (Name@4:15 \"int\"))) (TypeDecl@5:6 _ (Name@5:6 \"C\") _ false (ArrayType@5:7 (Operation@5:10 17 (Name@5:8 \"P\") (Name@5:11 \"Q\")) (Name@5:14 \"int\"))) (TypeDecl@6:6 _ (Name@6:6 \"D\") _ false (ArrayType@6:8 (Operation@6:11 17 (Name@6:9 \"P\") (Name@6:13 \"Q\")) (Name@6:15 \"int\"))) (TypeDecl@7:6 _ (Name@7:6 \"E\") _ false (ArrayType@7:7 (CallExpr@7:10 (Name@7:8 \"P\") [ (Name@7:11 \"Q\")] false) (Name@7:15 \"int\")))] 8:1 \"\")",
  },
  {
    name: "instantiation",
    src: "package p\n\nvar a = f[int]\nvar b = g[int, string](x)\nvar c T[int, string]\nvar d = m[k]\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"a\")] _ (IndexExpr@3:10 (Name@3:9 \"f\") (Name@3:11 \"int\"))) (VarDecl@4:5 _ [ (Name@4:5 \"b\")] _ (CallExpr@4:23 (IndexExpr@4:10 (Name@4:9 \"g\") (ListExpr@4:11 [ (Name@4:11 \"int\") (Name@4:16 \"string\")])) [ (Name@4:24 \"x\")] false)) (VarDecl@5:5 _ [ (Name@5:5 \"c\")] (IndexExpr@5:8 (Name@5:7 \"T\") (ListExpr@5:9 [ (Name@5:9 \"int\") (Name@5:14 \"string\")])) _) (VarDecl@6:5 _ [ (Name@6:5 \"d\")] _ (IndexExpr@6:10 (Name@6:9 \"m\") (Name@6:11 \"k\")))] 7:1 \"\")",
  },
  {
    name: "statements",
    src: "package p\n\nfunc f() {\n\tx := 1\n\tx, y = y, x\n\tx += 2\n\tx++\n\tch <- x\n\t<-ch\n\tgo f()\n\tdefer g(x)\n\treturn\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (AssignStmt@4:4 1 (Name@4:2 \"x\") (BasicLit@4:7 \"1\" 0 false)) (AssignStmt@5:7 0 (ListExpr@5:2 [ (Name@5:2 \"x\") (Name@5:5 \"y\")]) (ListExpr@5:9 [ (Name@5:9 \"y\") (Name@5:12 \"x\")])) (AssignStmt@6:4 13 (Name@6:2 \"x\") (BasicLit@6:7 \"2\" 0 false)) (AssignStmt@7:3 13 (Name@7:2 \"x\") _) (SendStmt@8:5 (Name@8:2 \"ch\") (Name@8:8 \"x\")) (ExprStmt@9:2 (Operation@9:2 3 (Name@9:4 \"ch\") _)) (CallStmt@10:2 go (CallExpr@10:6 (Name@10:5 \"f\") [] false)) (CallStmt@11:2 defer (CallExpr@11:9 (Name@11:8 \"g\") [ (Name@11:10 \"x\")] false)) (ReturnStmt@12:2 _)] 13:1))] 14:1 \"\")",
  },
  {
    name: "control flow",
    src: "package p\n\nfunc f() {\n\tif x := f(); x > 0 {\n\t} else if y {\n\t} else {\n\t}\n\tfor i := 0; i < n; i++ {\n\t\tcontinue\n\t}\n\tfor {\n\t\tbreak\n\t}\n\tfor x < 10 {\n\t}\n\tfor k, v := range m {\n\t}\n\tfor range 10 {\n\t}\n\tfor i = range s {\n\t}\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (IfStmt@4:2 (AssignStmt@4:7 1 (Name@4:5 \"x\") (CallExpr@4:11 (Name@4:10 \"f\") [] false)) (Operation@4:17 11 (Name@4:15 \"x\") (BasicLit@4:19 \"0\" 0 false)) (BlockStmt@4:21 [] 5:2) (IfStmt@5:9 _ (Name@5:12 \"y\") (BlockStmt@5:14 [] 6:2) (BlockStmt@6:9 [] 7:2))) (ForStmt@8:2 (AssignStmt@8:8 1 (Name@8:6 \"i\") (BasicLit@8:11 \"0\" 0 false)) (Operation@8:16 9 (Name@8:14 \"i\") (Name@8:18 \"n\")) (AssignStmt@8:22 13 (Name@8:21 \"i\") _) (BlockStmt@8:25 [ (BranchStmt@9:3 continue _)] 10:2)) (ForStmt@11:2 _ _ _ (BlockStmt@11:6 [ (BranchStmt@12:3 break _)] 13:2)) (ForStmt@14:2 _ (Operation@14:8 9 (Name@14:6 \"x\") (BasicLit@14:10 \"10\" 0 false)) _ (BlockStmt@14:13 [] 15:2)) (ForStmt@16:2 (RangeClause@16:14 (ListExpr@16:6 [ (Name@16:6 \"k\") (Name@16:9 \"v\")]) true (Name@16:20 \"m\")) _ _ (BlockStmt@16:22 [] 17:2)) (ForStmt@18:2 (RangeClause@18:6 _ false (BasicLit@18:12 \"10\" 0 false)) _ _ (BlockStmt@18:15 [] 19:2)) (ForStmt@20:2 (RangeClause@20:10 (Name@20:6 \"i\") false (Name@20:16 \"s\")) _ _ (BlockStmt@20:18 [] 21:2))] 22:1))] 23:1 \"\")",
  },
  {
    name: "switches and select",
    src: "package p\n\nfunc f() {\n\tswitch x := y.(type) {\n\tcase int, string:\n\tdefault:\n\t}\n\tswitch {\n\tcase a > b:\n\t\tfallthrough\n\tcase true:\n\t}\n\tselect {\n\tcase x := <-ch:\n\tcase ch <- 1:\n\tcase v, ok = <-ch:\n\tdefault:\n\t}\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (SwitchStmt@4:2 _ (TypeSwitchGuard@4:15 (Name@4:9 \"x\") (Name@4:14 \"y\")) [ (CaseClause@5:2 (ListExpr@5:7 [ (Name@5:7 \"int\") (Name@5:12 \"string\")]) [] 5:18) (CaseClause@6:2 _ [] 6:9)] 7:2) (SwitchStmt@8:2 _ _ [ (CaseClause@9:2 (Operation@9:9 11 (Name@9:7 \"a\") (Name@9:11 \"b\")) [ (BranchStmt@10:3 fallthrough _)] 9:12) (CaseClause@11:2 (Name@11:7 \"true\") [] 11:11)] 12:2) (SelectStmt@13:2 [ (CommClause@14:2 (AssignStmt@14:9 1 (Name@14:7 \"x\") (Operation@14:12 3 (Name@14:14 \"ch\") _)) [] 14:16) (CommClause@15:2 (SendStmt@15:10 (Name@15:7 \"ch\") (BasicLit@15:13 \"1\" 0 false)) [] 15:14) (CommClause@16:2 (AssignStmt@16:13 0 (ListExpr@16:7 [ (Name@16:7 \"v\") (Name@16:10 \"ok\")]) (Operation@16:15 3 (Name@16:17 \"ch\") _)) [] 16:19) (CommClause@17:2 _ [] 17:9)] 18:2)] 19:1))] 20:1 \"\")",
  },
  {
    name: "labels and goto",
    src: "package p\n\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto M\nM:\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (LabeledStmt@4:2 (Name@4:1 \"L\") (ForStmt@5:2 _ _ _ (BlockStmt@5:6 [ (BranchStmt@6:3 break (Name@6:9 \"L\"))] 7:2))) (BranchStmt@8:2 goto (Name@8:7 \"M\")) (LabeledStmt@9:2 (Name@9:1 \"M\") (EmptyStmt@10:1))] 10:1))] 11:1 \"\")",
  },
  {
    name: "composite literal ambiguity",
    src: "package p\n\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1, 2} {\n\t}\n\tswitch s := (S{a: 1}); s.a {\n\t}\n\tif f(T{}) {\n\t}\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (IfStmt@4:2 _ (Operation@4:7 7 (Name@4:5 \"x\") (ParenExpr@4:10 (CompositeLit@4:12 (Name@4:11 \"T\") [] 0 4:13))) (BlockStmt@4:16 [] 5:2) _) (ForStmt@6:2 (RangeClause@6:14 (ListExpr@6:6 [ (Name@6:6 \"_\") (Name@6:9 \"v\")]) true (CompositeLit@6:25 (SliceType@6:20 (Name@6:22 \"int\")) [ (BasicLit@6:26 \"1\" 0 false) (BasicLit@6:29 \"2\" 0 false)] 0 6:30)) _ _ (BlockStmt@6:32 [] 7:2)) (SwitchStmt@8:2 (AssignStmt@8:11 1 (Name@8:9 \"s\") (ParenExpr@8:14 (CompositeLit@8:16 (Name@8:15 \"S\") [ (KeyValueExpr@8:18 (Name@8:17 \"a\") (BasicLit@8:20 \"1\" 0 false))] 1 8:21))) (SelectorExpr@8:26 (Name@8:25 \"s\") (Name@8:27 \"a\")) [] 9:2) (IfStmt@10:2 _ (CallExpr@10:6 (Name@10:5 \"f\") [ (CompositeLit@10:8 (Name@10:7 \"T\") [] 0 10:9)] false) (BlockStmt@10:12 [] 11:2) _)] 12:1))] 13:1 \"\")",
  },
  {
    name: "declaration groups",
    src: "package p\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)\n\nvar (\n\tx int\n\ty, z = 1, 2\n)\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (ImportDecl@4:2 g1 _ (BasicLit@4:2 \"\\\"fmt\\\"\" 4 false)) (ImportDecl@5:2 g1 (Name@5:2 \"m\") (BasicLit@5:4 \"\\\"math\\\"\" 4 false)) (ImportDecl@6:2 g1 (Name@6:2 \".\") (BasicLit@6:4 \"\\\"strings\\\"\" 4 false)) (ImportDecl@7:2 g1 (Name@7:2 \"_\") (BasicLit@7:4 \"\\\"os\\\"\" 4 false)) (ConstDecl@11:2 g2 [ (Name@11:2 \"A\")] _ (Name@11:6 \"iota\")) (ConstDecl@12:2 g2 [ (Name@12:2 \"B\")] _ _) (ConstDecl@13:2 g2 [ (Name@13:2 \"C\") (Name@13:5 \"D\")] (Name@13:7 \"int\") (ListExpr@13:13 [ (BasicLit@13:13 \"1\" 0 false) (BasicLit@13:16 \"2\" 0 false)])) (VarDecl@17:2 g3 [ (Name@17:2 \"x\")] (Name@17:4 \"int\") _) (VarDecl@18:2 g3 [ (Name@18:2 \"y\") (Name@18:5 \"z\")] _ (ListExpr@18:9 [ (BasicLit@18:9 \"1\" 0 false) (BasicLit@18:12 \"2\" 0 false)]))] 20:1 \"\")",
  },
  {
    name: "method expressions and conversions",
    src: "package p\n\nvar f = (*T).M\nvar g = T.M\nvar h = []byte(\"x\")\nvar i = (<-chan int)(nil)\nvar j = func()(nil)\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"f\")] _ (SelectorExpr@3:13 (ParenExpr@3:9 (Operation@3:10 17 (Name@3:11 \"T\") _)) (Name@3:14 \"M\"))) (VarDecl@4:5 _ [ (Name@4:5 \"g\")] _ (SelectorExpr@4:10 (Name@4:9 \"T\") (Name@4:11 \"M\"))) (VarDecl@5:5 _ [ (Name@5:5 \"h\")] _ (CallExpr@5:15 (SliceType@5:9 (Name@5:11 \"byte\")) [ (BasicLit@5:16 \"\\\"x\\\"\" 4 false)] false)) (VarDecl@6:5 _ [ (Name@6:5 \"i\")] _ (CallExpr@6:21 (ParenExpr@6:9 (ChanType@6:12 2 (Name@6:17 \"int\"))) [ (Name@6:22 \"nil\")] false)) (VarDecl@7:5 _ [ (Name@7:5 \"j\")] _ (FuncType@7:13 _ [ (Field@7:16 _ (Name@7:16 \"nil\"))]))] 8:1 \"\")",
  },
  {
    name: "literals",
    src: "package p\n\nvar a = []any{0, 0x1F, 0o17, 017, 0b101, 1_000, 1.5, .5e3, 0x1p-2, 1i, 'a', '\\n', '\\u00e9', \"s\\t\", `raw\nstring`}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (VarDecl@3:5 _ [ (Name@3:5 \"a\")] _ (CompositeLit@3:14 (SliceType@3:9 (Name@3:11 \"any\")) [ (BasicLit@3:15 \"0\" 0 false) (BasicLit@3:18 \"0x1F\" 0 false) (BasicLit@3:24 \"0o17\" 0 false) (BasicLit@3:30 \"017\" 0 false) (BasicLit@3:35 \"0b101\" 0 false) (BasicLit@3:42 \"1_000\" 0 false) (BasicLit@3:49 \"1.5\" 1 false) (BasicLit@3:54 \".5e3\" 1 false) (BasicLit@3:60 \"0x1p-2\" 1 false) (BasicLit@3:68 \"1i\" 2 false) (BasicLit@3:72 \"'a'\" 3 false) (BasicLit@3:77 \"'\\\\n'\" 3 false) (BasicLit@3:83 \"'\\\\u00e9'\" 3 false) (BasicLit@3:93 \"\\\"s\\\\t\\\"\" 4 false) (BasicLit@3:100 \"`raw\\x0astring`\" 4 false)] 0 4:8))] 5:1 \"\")",
  },
  {
    name: "error recovery tree",
    src: "package p\n\nfunc f() {\n\tx := [}\n\tif x = 1 {\n\t}\n}\n",
    tree: "(File@1:1 (Name@1:9 \"p\") [ (FuncDecl@3:6 _ (Name@3:6 \"f\") _ (FuncType@3:7 _ _) (BlockStmt@3:10 [ (AssignStmt@4:4 1 (Name@4:2 \"x\") (ArrayType@4:7 (BadExpr@4:8) (BadExpr@4:9))) (IfStmt@5:2 _ _ (BlockStmt@5:11 [] 6:2) _)] 7:1))] 8:1 \"\")",
  },
];

function parse(src: string): { f: File; file: SourceFile; errors: ErrorList } {
  const fset = new FileSet();
  const file = fset.addFile("x.go", Buffer.from(src, "latin1"));
  const errors = new ErrorList(fset, true);
  const f = parseFile(file, errors);
  return { f, file, errors };
}

for (const c of gcTrees) {
  test(`tree as gc's: ${c.name}`, () => {
    const { f, file } = parse(c.src);
    assert.equal(dumpFile(file, f), c.tree);
  });
}

/** "line:col" of a position. */
function lc(file: SourceFile, pos: number): string {
  const p = file.position(pos);
  return `${p.line}:${p.col}`;
}

function varValue(f: File, i = 0): Expr {
  return (f.declList[i] as VarDecl).values!;
}

test("expressions are positioned at their operator or opening token", () => {
  const { f, file, errors } = parse("package p\nvar x = a + f(b)[i].s\nvar y = T{k: v}\n");
  assert.equal(errors.count, 0);
  const x = varValue(f, 0);
  assert.equal(x.kind, "Operation");
  assert.equal(lc(file, x.pos), "2:11"); // at "+"
  assert.equal(lc(file, startPos(x)), "2:9"); // leftmost
  if (x.kind !== "Operation" || x.y === null) throw new Error("binary");
  const sel = x.y;
  assert.equal(sel.kind, "SelectorExpr");
  assert.equal(lc(file, sel.pos), "2:20"); // at "."
  if (sel.kind !== "SelectorExpr") throw new Error();
  assert.equal(sel.x.kind, "IndexExpr");
  assert.equal(lc(file, sel.x.pos), "2:17"); // at "["
  if (sel.x.kind !== "IndexExpr") throw new Error();
  const call = sel.x.x as CallExpr;
  assert.equal(call.kind, "CallExpr");
  assert.equal(lc(file, call.pos), "2:14"); // at "("
  const lit = varValue(f, 1) as CompositeLit;
  assert.equal(lit.kind, "CompositeLit");
  assert.equal(lc(file, lit.pos), "3:10"); // at "{", as gc
  assert.equal(lc(file, startPos(lit)), "3:9"); // the type
  assert.equal(lit.nKeys, 1);
  assert.equal(lc(file, lit.elemList[0].pos), "3:12"); // KeyValueExpr at ":"
  assert.equal(lc(file, lit.rbrace), "3:15");
});

test("statements: assignments at the operator, labels at the colon", () => {
  const { f, file } = parse("package p\nfunc f() {\n\tx, y := 1, 2\nL:\n\tx++\n}\n");
  const body = (f.declList[0] as FuncDecl).body!;
  const a = body.list[0] as AssignStmt;
  assert.equal(a.kind, "AssignStmt");
  assert.equal(a.op, Operator.Def);
  assert.equal(lc(file, a.pos), "3:7");
  assert.equal(a.lhs.kind, "ListExpr");
  const l = body.list[1];
  assert.equal(l.kind, "LabeledStmt");
  assert.equal(lc(file, l.pos), "4:2");
  if (l.kind !== "LabeledStmt") throw new Error();
  assert.equal(lc(file, l.label.pos), "4:1");
  const inc = l.stmt as AssignStmt;
  assert.equal(inc.op, Operator.Add);
  assert.equal(inc.rhs, null);
  assert.equal(lc(file, body.rbrace), "6:1");
});

test("fields declared together share one type; tags align with fields", () => {
  const { f } = parse("package p\ntype S struct {\n\ta, b int `t`\n\tc string\n\td, e []T\n}\nfunc g(x, y int, z string) {}\n");
  const st = (f.declList[0] as { type: Expr }).type as StructType;
  assert.equal(st.fieldList.length, 5);
  assert.equal(st.fieldList[0].type, st.fieldList[1].type);
  assert.notEqual(st.fieldList[1].type, st.fieldList[2].type);
  assert.equal(st.fieldList[3].type, st.fieldList[4].type);
  assert.deepEqual(
    st.fieldList.map((_, i) => st.tagList[i]?.value ?? null),
    ["`t`", "`t`", null, null, null],
  );
  const params = (f.declList[1] as FuncDecl).type.paramList;
  assert.equal(params[0].type, params[1].type);
  assert.equal(params[2].name!.value, "z");
});

test("declarations of one group share the group object", () => {
  const { f } = parse("package p\nconst (\n\ta = iota\n\tb\n)\nconst c = 1\n");
  const [a, b, c] = f.declList as { group: unknown; values: unknown }[];
  assert.notEqual(a.group, null);
  assert.equal(a.group, b.group);
  assert.equal(c.group, null);
  assert.equal(b.values, null);
});

test("literals keep their source text as a byte string", () => {
  const { f } = parse("package p\nvar s, r, i = \"h\xc3\xa9\", '\xc3\xa9', 0x1p4i\n");
  const v = varValue(f);
  if (v.kind !== "ListExpr") throw new Error();
  const [s, r, i] = v.elemList;
  assert.deepEqual(
    [s, r, i].map((x) => (x.kind === "BasicLit" ? [x.value, x.litKind] : null)),
    [
      ['"h\xc3\xa9"', LitKind.String],
      ["'\xc3\xa9'", LitKind.Rune],
      ["0x1p4i", LitKind.Imag],
    ],
  );
});

test("//go:build gives the file's Go version; //go: directives become pragmas", () => {
  const { f, errors } = parse("//go:build linux && (go1.21 || go1.22)\n\npackage p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n");
  assert.equal(errors.count, 0);
  assert.equal(f.goVersion, "go1.21");
  const fd = f.declList[0] as FuncDecl;
  assert.ok(fd.pragma);
  assert.equal(fd.pragma.flags & PragmaFlag.Noinline, PragmaFlag.Noinline);
  assert.equal(fd.pragma.flags & PragmaFlag.Nosplit, PragmaFlag.Nosplit);
  assert.deepEqual(fd.pragma.directives, ["go:noinline", "go:nosplit"]);
});

test("nodeString prints like gc's syntax.String", () => {
  const { f } = parse(
    "package p\nvar x = func(a, b int) (c int) { return a }(1, 2) + []int{1}[0] * <-ch\nvar y = map[string]struct{ a int; b []*T }{}\nvar z interface{ M(); ~int | string }\n",
  );
  // (strings are byte strings: "…" is its UTF-8 bytes)
  assert.equal(nodeString(varValue(f, 0)), toByteString("func(a, b int) (c int) {…}(1, 2) + []int{…}[0] * <-ch"));
  assert.equal(nodeString(varValue(f, 1)), "map[string]struct{a int; b []*T}{}");
  assert.equal(nodeString((f.declList[2] as VarDecl).type!), "interface{M(); ~int | string}");
});
