// Differential test: regexp and regexp/syntax.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"regexp"
	"strings"

	gregexp "gotslib/regexp"
	gstrings "gotslib/strings"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 40 {
			fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
		}
	}
}

var patterns = []string{
	``, `a`, `abc`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `(a*)*`, `(a*)+`, `(a|b)*`, `(a*|b)*`, `(a|ab)(c|bcd)(d*)`,
	`(a+)(b+)?`, `x*`, `^abc$`, `(?m)^\w+$`, `(?s).+`, `.+`, `(?i)hello`, `(?i)[a-z]+`, `[^a-z]+`, `[[:alpha:]]+`, `[[:^digit:]]+`,
	`\d+`, `\D+`, `\s+`, `\S+`, `\w+`, `\W+`, `\bfoo\b`, `\Bo\B`, `\Aab`, `ab\z`, `a{2}`, `a{2,}`, `a{2,4}`, `a{,3}`, `(ab){2,3}?`,
	`(?P<first>\w+) (?P<last>\w+)`, `(?<year>\d{4})-(?<month>\d{2})`, `(a)|(b)`, `(a)|b`, `((a)|b)+`, `(a?)(a?)(a?)aaa`,
	`\p{Greek}+`, `\pL+`, `\PL+`, `[\p{Lu}\d]+`, `(?U)a+`, `(?U)a+?`, `[a-c-e]`, `[]a]`, `[^]a]`, `\Q.*\E`, `\x41\x{42}\101`,
	`[\x00-\x{10FFFF}]`, `a.c`, `(?i)straße`, `(?i)K`, `(?i)[k]`, `(|a)*`, `(|a)+`, `(a|)*`, `(?:a|b|c)+?d`, `^$`, `$`, `^`,
	`(foo|foobar)`, `(foobar|foo)`, `\$\d+(\.\d\d)?`, `[a-z]+@[a-z]+\.(com|org)`, `(\w+)\s(\w+)`, `(?m)(^|$)`, `\n`, `\t+`,
	`(a*)+$`, `(a|b)*?b`, `((((((((((a))))))))))`, `(?i)Σ+`, `[[:word:][:space:]]+`, `x*y*z*`, `(?s:.)(?-s:.)`,
	`(?i)ǅ`, `(?i)[[:upper:]]+`, `(a+|b+)*c`, `\b`, `(?m)$`, `a{0}`, `(a){0}b`, `()`, `(?:)`, `(?i)\x{212A}`, `[^\n]+`,
	`\pN+`, `\p{^Greek}+`, `[\d-z]+`, `(?i)[^k]+`, `[^\x00-\x{10FFFF}]`, `a|b|c`, `ab|ac|ad`, `(?i)ab|AC`, `a*b*?c+`,
	`(?s)a.*b`, `(a)(?:b)(c)?`, `(?m:^a$)|b`, `[a-a]`, `(?i)[a-a]`, `.*`, `.*?`, `(.)(.)`, `\Bx`, `x\b`,
	// errors
	`(`, `)`, `a)`, `(a`, `[a`, `[z-a]`, `*`, `a**`, `a{1001}`, `a{2,1}`, `\q`, `\`, `(?P<>a)`, `(?P<x`, `(?z)`, `\pZ\p{Foo}`,
	`[[:foo:]]`, `x{1000}`, `\1`, `\8`, `(?i)(?-i)`, `(?i`, `a|*`, `\C`, `(?P=x)`, "\xff", `[\x{110000}]`,
}

var inputs = []string{
	"", "a", "aaa", "abc", "abcabc", "xabcx", "ab\ncd\nef", "hello HELLO Hello", "foo bar baz", "foobar foo",
	"John Smith", "2024-03-15 and 1999-12-31", "αβγ ΑΒΓ abc", "a1b2c3", "$12.50 $3", "bob@example.com x@y.org",
	"aaaa bbbb", "xyz", "  spaced  out  ", "tab\t\there", "STRASSE straße", "kKK", "ab ab ab", "bbbab", "aXbYc",
}

func main() {
	for _, p := range patterns {
		for _, posix := range []bool{false, true} {
			var r *regexp.Regexp
			var g *gregexp.Regexp
			var e1, e2 error
			if posix {
				r, e1 = regexp.CompilePOSIX(p)
				g, e2 = gregexp.CompilePOSIX(p)
			} else {
				r, e1 = regexp.Compile(p)
				g, e2 = gregexp.Compile(p)
			}
			check(fmt.Sprintf("Compile(%q, posix=%v) err", p, posix), fmt.Sprint(e1), fmt.Sprint(e2))
			if e1 != nil || e2 != nil {
				continue
			}
			k := fmt.Sprintf("%q posix=%v", p, posix)
			check("NumSubexp "+k, r.NumSubexp(), g.NumSubexp())
			check("SubexpNames "+k, r.SubexpNames(), g.SubexpNames())
			pre1, c1 := r.LiteralPrefix()
			pre2, c2 := g.LiteralPrefix()
			if !strings.HasPrefix(p, "^") && !strings.HasPrefix(p, `\A`) {
				check("LiteralPrefix "+k, fmt.Sprint(pre1, c1), fmt.Sprint(pre2, c2))
			}
			for _, in := range inputs {
				kk := k + " " + fmt.Sprintf("%q", in)
				check("MatchString "+kk, r.MatchString(in), g.MatchString(in))
				check("FindStringSubmatchIndex "+kk, r.FindStringSubmatchIndex(in), g.FindStringSubmatchIndex(in))
				check("FindAllStringSubmatchIndex "+kk, r.FindAllStringSubmatchIndex(in, -1), g.FindAllStringSubmatchIndex(in, -1))
				check("FindAllString 2 "+kk, r.FindAllString(in, 2), g.FindAllString(in, 2))
				check("FindSubmatch "+kk, r.FindSubmatch([]byte(in)), g.FindSubmatch([]byte(in)))
				check("ReplaceAllString "+kk, r.ReplaceAllString(in, "<$0|$1|${2}x|$name|$$>"), g.ReplaceAllString(in, "<$0|$1|${2}x|$name|$$>"))
				check("ReplaceAll "+kk, string(r.ReplaceAll([]byte(in), []byte("[$1]"))), string(g.ReplaceAll([]byte(in), []byte("[$1]"))))
				check("ReplaceAllLiteralString "+kk, r.ReplaceAllLiteralString(in, "$1"), g.ReplaceAllLiteralString(in, "$1"))
				check("ReplaceAllStringFunc "+kk, r.ReplaceAllStringFunc(in, strings.ToUpper), g.ReplaceAllStringFunc(in, strings.ToUpper))
				check("Split "+kk, r.Split(in, -1), g.Split(in, -1))
				check("Split 2 "+kk, r.Split(in, 2), g.Split(in, 2))
				check("FindReaderIndex "+kk, r.FindReaderIndex(strings.NewReader(in)), g.FindReaderIndex(gstrings.NewReader(in)))
			}
		}
	}
	for _, s := range []string{"", "abc", `a.b*c`, `\`, "[]{}()^$|?+*"} {
		check("QuoteMeta "+s, regexp.QuoteMeta(s), gregexp.QuoteMeta(s))
	}
	re1 := regexp.MustCompile(`(\w+)@(\w+)`)
	re2 := gregexp.MustCompile(`(\w+)@(\w+)`)
	src := "x a@b y"
	m1 := re1.FindStringSubmatchIndex(src)
	check("ExpandString", string(re1.ExpandString(nil, "$2 at $1 ${1}x $3 $$", src, m1)), string(re2.ExpandString(nil, "$2 at $1 ${1}x $3 $$", src, m1)))
	func() {
		defer func() {
			r := recover()
			check("MustCompile panic", "regexp: Compile(`(`): error parsing regexp: missing closing ): `(`", fmt.Sprint(r))
		}()
		gregexp.MustCompile("(")
	}()
	// Random patterns over a small alphabet, both syntaxes, plus Longest.
	rng := rand.New(rand.NewSource(7))
	atoms := []string{"a", "b", ".", "((a|b)(a?))", "(?i)A", "(a*?b)", "[ab]", "[^a]", "^", "$", `\b`, "(a|b)", "(a*)", "(ab|a)", "()", "(a|)", "x"}
	ops := []string{"", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(4) + 1; k > 0; k-- {
			b.WriteString(atoms[rng.Intn(len(atoms))])
			b.WriteString(ops[rng.Intn(len(ops))])
			if rng.Intn(6) == 0 {
				b.WriteString("|")
			}
		}
		p := b.String()
		in := ""
		for k := rng.Intn(8); k > 0; k-- {
			in += string("ab\nx"[rng.Intn(4)])
		}
		mode := rng.Intn(3)
		var r *regexp.Regexp
		var g *gregexp.Regexp
		var e1, e2 error
		switch mode {
		case 0, 2:
			r, e1 = regexp.Compile(p)
			g, e2 = gregexp.Compile(p)
			if mode == 2 && e1 == nil && e2 == nil {
				r.Longest()
				g.Longest()
			}
		case 1:
			r, e1 = regexp.CompilePOSIX(p)
			g, e2 = gregexp.CompilePOSIX(p)
		}
		k := fmt.Sprintf("random %q mode=%d %q", p, mode, in)
		check("err "+k, fmt.Sprint(e1), fmt.Sprint(e2))
		if e1 != nil || e2 != nil {
			continue
		}
		check("FindAllStringSubmatchIndex "+k, r.FindAllStringSubmatchIndex(in, -1), g.FindAllStringSubmatchIndex(in, -1))
		check("ReplaceAllString "+k, r.ReplaceAllString(in, "<$1>"), g.ReplaceAllString(in, "<$1>"))
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
