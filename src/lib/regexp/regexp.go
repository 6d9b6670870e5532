// Package regexp implements regular expression search with RE2 syntax
// (see regexp/syntax), using a Pike virtual machine that runs in time
// linear in the input. Pure Go, no natives.
package regexp

import (
	"bytes"
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression. It is
// safe for concurrent use.
type Regexp struct {
	expr           string
	prog           *syntax.Prog
	numSubexp      int
	subexpNames    []string
	prefix         string
	prefixComplete bool
	cond           syntax.EmptyOp
	longest        bool
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
//
// Deprecated: In earlier releases, when using a Regexp in multiple
// goroutines, giving each goroutine its own copy helped to avoid lock
// contention.
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Compile parses a regular expression and returns, if successful, a Regexp
// object that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, syntax.Perl, false)
}

// CompilePOSIX is like Compile but restricts the syntax to POSIX ERE and
// uses leftmost-longest semantics.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, syntax.POSIX, true)
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.longest = true }

func compile(expr string, mode syntax.Flags, longest bool) (*Regexp, error) {
	tree, err := syntax.Parse(expr, mode)
	if err != nil {
		return nil, err
	}
	maxCap := tree.MaxCap()
	names := tree.CapNames()
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		return nil, err
	}
	re := &Regexp{
		expr:        expr,
		prog:        prog,
		numSubexp:   maxCap,
		subexpNames: names,
		cond:        prog.StartCond(),
		longest:     longest,
	}
	re.prefix, re.prefixComplete = prog.Prefix()
	return re, nil
}

// MustCompile is like Compile but panics if the expression cannot be
// parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression
// cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames returns the names of the parenthesized subexpressions; the
// name for the whole expression is always empty.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match and
// whether it is the entire regular expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// MarshalText implements encoding.TextMarshaler.
func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (re *Regexp) UnmarshalText(text []byte) error {
	n, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *n
	return nil
}

// ---- the matcher ----

type thread struct {
	pc  uint32
	cap []int
}

type queue struct {
	sparse []uint32
	dense  []uint32
	list   []thread
}

func newQueue(n int) *queue {
	return &queue{sparse: make([]uint32, n), dense: make([]uint32, 0, n)}
}

func (q *queue) has(pc uint32) bool {
	j := q.sparse[pc]
	return j < uint32(len(q.dense)) && q.dense[j] == pc
}

func (q *queue) mark(pc uint32) {
	q.sparse[pc] = uint32(len(q.dense))
	q.dense = append(q.dense, pc)
}

func (q *queue) clear() {
	q.dense = q.dense[:0]
	q.list = q.list[:0]
}

type machine struct {
	prog *syntax.Prog
	ncap int
}

// add follows the empty transitions from pc at position pos (between the
// runes before and after) and queues the rune-consuming and matching
// instructions reached.
func (m *machine) add(q *queue, pc uint32, pos int, cap []int, before, after rune) {
	if pc == 0 || q.has(pc) {
		return
	}
	q.mark(pc)
	in := &m.prog.Inst[pc]
	switch in.Op {
	case syntax.InstFail:
	case syntax.InstAlt, syntax.InstAltMatch:
		m.add(q, in.Out, pos, cap, before, after)
		m.add(q, in.Arg, pos, cap, before, after)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(in.Arg)&^syntax.EmptyOpContext(before, after) == 0 {
			m.add(q, in.Out, pos, cap, before, after)
		}
	case syntax.InstNop:
		m.add(q, in.Out, pos, cap, before, after)
	case syntax.InstCapture:
		if int(in.Arg) < len(cap) {
			c := make([]int, len(cap))
			copy(c, cap)
			c[in.Arg] = pos
			cap = c
		}
		m.add(q, in.Out, pos, cap, before, after)
	default:
		q.list = append(q.list, thread{pc, cap})
	}
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// exec searches s starting at byte offset pos and returns the submatch
// positions (2*(NumSubexp+1) entries), or nil if there is no match.
func (re *Regexp) exec(s string, pos int) []int {
	if pos > len(s) {
		return nil
	}
	if re.cond == ^syntax.EmptyOp(0) {
		return nil
	}
	anchored := re.cond&syntax.EmptyBeginText != 0
	if anchored && pos != 0 {
		return nil
	}
	if re.prefix != "" && !anchored {
		k := strings.Index(s[pos:], re.prefix)
		if k < 0 {
			return nil
		}
		pos += k
	}
	ncap := 2 * (re.numSubexp + 1)
	m := &machine{prog: re.prog, ncap: ncap}
	n := len(re.prog.Inst)
	clist, nlist := newQueue(n), newQueue(n)
	var best []int
	matched := false
	before := runeBefore(s, pos)
	r, w := runeAt(s, pos)
	for i := pos; ; {
		if !matched && (!anchored || i == 0) {
			cap := make([]int, ncap)
			for k := range cap {
				cap[k] = -1
			}
			cap[0] = i
			m.add(clist, uint32(re.prog.Start), i, cap, before, r)
		}
		if len(clist.list) == 0 && (matched || anchored) {
			break
		}
		next, nw := runeAt(s, i+w)
		nlist.clear()
		for _, t := range clist.list {
			in := &re.prog.Inst[t.pc]
			if in.Op == syntax.InstMatch {
				if re.longest {
					if !matched || t.cap[0] < best[0] || t.cap[0] == best[0] && i > best[1] {
						best = append([]int(nil), t.cap...)
						best[1] = i
					}
					matched = true
					continue
				}
				best = append([]int(nil), t.cap...)
				best[1] = i
				matched = true
				break
			}
			if w == 0 {
				continue
			}
			ok := false
			switch in.Op {
			case syntax.InstRuneAny:
				ok = true
			case syntax.InstRuneAnyNotNL:
				ok = r != '\n'
			default:
				ok = in.MatchRune(r)
			}
			if ok {
				m.add(nlist, in.Out, i+w, t.cap, r, next)
			}
		}
		if w == 0 {
			break
		}
		i += w
		before, r, w = r, next, nw
		clist, nlist = nlist, clist
		if len(clist.list) == 0 && !matched && !anchored && re.prefix != "" {
			k := strings.Index(s[i:], re.prefix)
			if k < 0 {
				break
			}
			if k > 0 {
				i += k
				before = runeBefore(s, i)
				r, w = runeAt(s, i)
			}
		}
	}
	return best
}

func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			break
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ---- matching entry points ----

// MatchReader reports whether the text from r contains any match.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.exec(readAll(r), 0) != nil
}

// MatchString reports whether s contains any match.
func (re *Regexp) MatchString(s string) bool {
	return re.exec(s, 0) != nil
}

// Match reports whether b contains any match.
func (re *Regexp) Match(b []byte) bool {
	return re.exec(string(b), 0) != nil
}

// MatchReader reports whether the text from r contains any match of
// pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether s contains any match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains any match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside s.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ---- replacement ----

func (re *Regexp) replaceAll(src string, repl func(dst []byte, m []int) []byte) []byte {
	var dst []byte
	last := 0
	pos := 0
	for pos <= len(src) {
		m := re.exec(src, pos)
		if m == nil {
			break
		}
		dst = append(dst, src[last:m[0]]...)
		if m[1] > last || m[0] == 0 {
			dst = repl(dst, m)
		}
		last = m[1]
		_, w := runeAt(src, pos)
		switch {
		case pos+w > m[1]:
			pos += w
		case pos+1 > m[1]:
			pos++
		default:
			pos = m[1]
		}
	}
	return append(dst, src[last:]...)
}

// ReplaceAllString returns a copy of src in which matches are replaced by
// repl, with $ expansions as in Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	}))
}

// ReplaceAllLiteralString returns a copy of src in which matches are
// replaced by repl, without expansion.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which matches are replaced
// by repl applied to the matched text.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll returns a copy of src in which matches are replaced by repl,
// with $ expansions as in Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	r := string(repl)
	out := re.replaceAll(s, func(dst []byte, m []int) []byte {
		return re.expand(dst, r, s, m)
	})
	if out == nil {
		out = []byte{}
	}
	return out
}

// ReplaceAllLiteral returns a copy of src in which matches are replaced by
// repl, without expansion.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	out := re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
	if out == nil {
		out = []byte{}
	}
	return out
}

// ReplaceAllFunc returns a copy of src in which matches are replaced by
// repl applied to the matched bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	out := re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
	if out == nil {
		out = []byte{}
	}
	return out
}

// ---- Find family ----

func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	prevEnd := -1
	for pos, count := 0, 0; count < n && pos <= len(s); {
		m := re.exec(s, pos)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevEnd {
				accept = false
			}
			_, w := runeAt(s, pos)
			if w > 0 {
				pos += w
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(m)
			count++
		}
	}
}

// Find returns the leftmost match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	m := re.exec(string(b), 0)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

// FindIndex returns the location of the leftmost match in b, or nil.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	m := re.exec(string(b), 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindString returns the leftmost match in s, or "".
func (re *Regexp) FindString(s string) string {
	m := re.exec(s, 0)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

// FindStringIndex returns the location of the leftmost match in s, or nil.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	m := re.exec(s, 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindReaderIndex returns the location of the leftmost match in the text
// read from r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	m := re.exec(readAll(r), 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindSubmatch returns the leftmost match and its submatches, or nil.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.exec(string(b), 0)
	if m == nil {
		return nil
	}
	return bytesSubs(b, m)
}

func bytesSubs(b []byte, m []int) [][]byte {
	out := make([][]byte, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

func stringSubs(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// Expand appends template to dst with $name and ${name} references
// replaced by the corresponding submatches of src given by match.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := refName(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
			continue
		}
		for k, n := range re.subexpNames {
			if name == n && 2*k+1 < len(match) && match[2*k] >= 0 {
				dst = append(dst, src[match[2*k]:match[2*k+1]]...)
				break
			}
		}
	}
	return append(dst, template...)
}

// refName parses the reference that follows a '$': a name or number,
// optionally in braces. num is -1 if the reference is not a number.
func refName(t string) (name string, num int, rest string, ok bool) {
	brace := t != "" && t[0] == '{'
	if brace {
		t = t[1:]
	}
	i := 0
	for i < len(t) {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return "", 0, "", false
	}
	name = t[:i]
	if brace {
		if i >= len(t) || t[i] != '}' {
			return "", 0, "", false
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, t[i:], true
}

// FindSubmatchIndex returns the positions of the leftmost match and its
// submatches, or nil.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.exec(string(b), 0)
}

// FindStringSubmatch returns the leftmost match in s and its submatches,
// or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.exec(s, 0)
	if m == nil {
		return nil
	}
	return stringSubs(s, m)
}

// FindStringSubmatchIndex returns the positions of the leftmost match in s
// and its submatches, or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.exec(s, 0)
}

// FindReaderSubmatchIndex returns the positions of the leftmost match in
// the text read from r and its submatches, or nil.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.exec(readAll(r), 0)
}

// FindAll returns up to n successive matches in b (all if n < 0).
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.allMatches(string(b), n, func(m []int) {
		out = append(out, b[m[0]:m[1]:m[1]])
	})
	return out
}

// FindAllIndex returns the locations of up to n successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(string(b), n, func(m []int) {
		out = append(out, m[0:2])
	})
	return out
}

// FindAllString returns up to n successive matches in s (all if n < 0).
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.allMatches(s, n, func(m []int) {
		out = append(out, s[m[0]:m[1]])
	})
	return out
}

// FindAllStringIndex returns the locations of up to n successive matches
// in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, func(m []int) {
		out = append(out, m[0:2])
	})
	return out
}

// FindAllSubmatch returns up to n successive matches in b with their
// submatches.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.allMatches(string(b), n, func(m []int) {
		out = append(out, bytesSubs(b, m))
	})
	return out
}

// FindAllSubmatchIndex returns the positions of up to n successive matches
// in b and their submatches.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(string(b), n, func(m []int) {
		out = append(out, m)
	})
	return out
}

// FindAllStringSubmatch returns up to n successive matches in s with their
// submatches.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.allMatches(s, n, func(m []int) {
		out = append(out, stringSubs(s, m))
	})
	return out
}

// FindAllStringSubmatchIndex returns the positions of up to n successive
// matches in s and their submatches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, func(m []int) {
		out = append(out, m)
	})
	return out
}

// Split slices s into substrings separated by the matches and returns at
// most n of them (all if n < 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

var _ = bytes.MinRead
