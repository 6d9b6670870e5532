package syntax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const maxRepeat = 1000

type parser struct {
	flags  Flags
	whole  string
	ncap   int
	depth  int
}

// Parse parses a regular expression string s, controlled by the specified
// Flags, and returns a regular expression parse tree.
func Parse(s string, flags Flags) (*Regexp, error) {
	if !utf8.ValidString(s) {
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return nil, &Error{ErrInvalidUTF8, s[i:]}
	}
	if flags&Literal != 0 {
		re := &Regexp{Op: OpLiteral, Flags: flags}
		for _, r := range s {
			re.Rune = append(re.Rune, foldLit(r, flags))
		}
		if len(re.Rune) == 0 {
			return &Regexp{Op: OpEmptyMatch, Flags: flags}, nil
		}
		return re, nil
	}
	p := &parser{flags: flags, whole: s}
	re, rest, err := p.parseAlt(s)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, &Error{ErrUnexpectedParen, s}
	}
	return re, nil
}

func foldLit(r rune, flags Flags) rune {
	if flags&FoldCase == 0 {
		return r
	}
	return minFold(r)
}

// minFold returns the smallest rune in r's case-folding orbit.
func minFold(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < m {
			m = f
		}
	}
	return m
}

func (p *parser) parseAlt(s string) (*Regexp, string, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > 1000 {
		return nil, "", &Error{ErrNestingDepth, p.whole}
	}
	var subs []*Regexp
	for {
		re, rest, err := p.parseConcat(s)
		if err != nil {
			return nil, "", err
		}
		subs = append(subs, re)
		if rest != "" && rest[0] == '|' {
			s = rest[1:]
			continue
		}
		s = rest
		break
	}
	if len(subs) == 1 {
		return subs[0], s, nil
	}
	if f := factorPrefix(subs, p.flags); f != nil {
		return f, s, nil
	}
	re := &Regexp{Op: OpAlternate, Flags: p.flags}
	re.Sub = subs
	return re, s, nil
}

func leadingLiteral(re *Regexp) *Regexp {
	if re.Op == OpLiteral {
		return re
	}
	if re.Op == OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == OpLiteral {
		return re.Sub[0]
	}
	return nil
}

// factorPrefix turns an alternation whose branches all start with the same
// literal text into that text followed by an alternation of the rests.
func factorPrefix(subs []*Regexp, flags Flags) *Regexp {
	var prefix []rune
	var fold Flags
	for i, sub := range subs {
		lit := leadingLiteral(sub)
		if lit == nil {
			return nil
		}
		if i == 0 {
			prefix = lit.Rune
			fold = lit.Flags & FoldCase
			continue
		}
		if lit.Flags&FoldCase != fold {
			return nil
		}
		n := 0
		for n < len(prefix) && n < len(lit.Rune) && prefix[n] == lit.Rune[n] {
			n++
		}
		prefix = prefix[:n]
		if n == 0 {
			return nil
		}
	}
	rest := make([]*Regexp, len(subs))
	for i, sub := range subs {
		lit := leadingLiteral(sub)
		var tail []*Regexp
		if len(lit.Rune) > len(prefix) {
			tail = append(tail, &Regexp{Op: OpLiteral, Flags: lit.Flags, Rune: append([]rune(nil), lit.Rune[len(prefix):]...)})
		}
		if sub.Op == OpConcat {
			tail = append(tail, sub.Sub[1:]...)
		}
		switch len(tail) {
		case 0:
			rest[i] = &Regexp{Op: OpEmptyMatch, Flags: flags}
		case 1:
			rest[i] = tail[0]
		default:
			rest[i] = &Regexp{Op: OpConcat, Flags: sub.Flags, Sub: tail}
		}
	}
	pre := &Regexp{Op: OpLiteral, Flags: leadingLiteral(subs[0]).Flags, Rune: append([]rune(nil), prefix...)}
	alt := &Regexp{Op: OpAlternate, Flags: flags, Sub: rest}
	return &Regexp{Op: OpConcat, Flags: flags, Sub: []*Regexp{pre, alt}}
}

func (p *parser) parseConcat(s string) (*Regexp, string, error) {
	var subs []*Regexp
	for s != "" && s[0] != '|' && s[0] != ')' {
		if n := p.repeatLen(s); n > 0 {
			return nil, "", &Error{ErrMissingRepeatArgument, p.repeatText(s, n)}
		}
		atom, rest, err := p.parseAtom(s)
		if err != nil {
			return nil, "", err
		}
		s = rest
		if atom == nil {
			continue
		}
		start := ""
		for {
			n := p.repeatLen(s)
			if n == 0 {
				break
			}
			if start != "" && p.flags&PerlX != 0 {
				return nil, "", &Error{ErrInvalidRepeatOp, start[:len(start)-len(s)+p.repeatTextLen(s, n)]}
			}
			if start == "" {
				start = s
			}
			op, min, max := p.repeatOp(s[:n])
			flags := p.flags
			t := s[n:]
			if p.flags&PerlX != 0 && t != "" && t[0] == '?' {
				t = t[1:]
				flags ^= NonGreedy
			}
			if op == OpRepeat && (min > maxRepeat || max > maxRepeat || max >= 0 && min > max) {
				return nil, "", &Error{ErrInvalidRepeatSize, s[:n]}
			}
			rep := &Regexp{Op: op, Flags: flags, Min: min, Max: max}
			rep.Sub = append(rep.Sub0[:0], atom)
			atom = rep
			s = t
		}
		subs = appendConcat(subs, atom)
	}
	switch len(subs) {
	case 0:
		return &Regexp{Op: OpEmptyMatch, Flags: p.flags}, s, nil
	case 1:
		return subs[0], s, nil
	}
	re := &Regexp{Op: OpConcat, Flags: p.flags}
	re.Sub = subs
	return re, s, nil
}

func (p *parser) repeatText(s string, n int) string {
	return s[:p.repeatTextLen(s, n)]
}

func (p *parser) repeatTextLen(s string, n int) int {
	if p.flags&PerlX != 0 && n < len(s) && s[n] == '?' {
		return n + 1
	}
	return n
}

// repeatLen returns the length of the repetition operator at the start of
// s, or 0.
func (p *parser) repeatLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '*', '+', '?':
		return 1
	case '{':
		if _, _, n, ok := parseBraces(s); ok {
			return n
		}
	}
	return 0
}

func (p *parser) repeatOp(s string) (Op, int, int) {
	switch s[0] {
	case '*':
		return OpStar, 0, 0
	case '+':
		return OpPlus, 0, 0
	case '?':
		return OpQuest, 0, 0
	}
	min, max, _, _ := parseBraces(s)
	return OpRepeat, min, max
}

// parseBraces parses {n}, {n,} or {n,m}; max is -1 for no upper bound.
func parseBraces(s string) (min, max, n int, ok bool) {
	i := 1
	num := func() (int, bool) {
		st := i
		v := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			if v < 1e8 {
				v = v*10 + int(s[i]-'0')
			}
			i++
		}
		if i == st || s[st] == '0' && i-st > 1 {
			return 0, false
		}
		return v, true
	}
	min, ok = num()
	if !ok {
		return
	}
	max = min
	if i < len(s) && s[i] == ',' {
		i++
		if i < len(s) && s[i] == '}' {
			max = -1
		} else if max, ok = num(); !ok {
			return
		}
	}
	if i >= len(s) || s[i] != '}' {
		return 0, 0, 0, false
	}
	return min, max, i + 1, true
}

func appendConcat(subs []*Regexp, re *Regexp) []*Regexp {
	if re.Op == OpLiteral && len(subs) > 0 {
		last := subs[len(subs)-1]
		if last.Op == OpLiteral && last.Flags&FoldCase == re.Flags&FoldCase {
			merged := &Regexp{Op: OpLiteral, Flags: last.Flags}
			merged.Rune = append(append([]rune(nil), last.Rune...), re.Rune...)
			subs[len(subs)-1] = merged
			return subs
		}
	}
	return append(subs, re)
}

func (p *parser) lit(r rune) *Regexp {
	re := &Regexp{Op: OpLiteral, Flags: p.flags}
	if p.flags&FoldCase != 0 {
		r = minFold(r)
		if minFold(r) == r && unicode.SimpleFold(r) == r {
			re.Flags &^= FoldCase
		}
	}
	re.Rune = append(re.Rune0[:0], r)
	return re
}

func (p *parser) parseAtom(s string) (*Regexp, string, error) {
	switch s[0] {
	case '(':
		return p.parseGroup(s)
	case '[':
		return p.parseClass(s)
	case '.':
		op := OpAnyCharNotNL
		if p.flags&DotNL != 0 {
			op = OpAnyChar
		}
		return &Regexp{Op: op, Flags: p.flags}, s[1:], nil
	case '^':
		if p.flags&OneLine != 0 {
			return &Regexp{Op: OpBeginText, Flags: p.flags}, s[1:], nil
		}
		return &Regexp{Op: OpBeginLine, Flags: p.flags}, s[1:], nil
	case '$':
		if p.flags&OneLine != 0 {
			return &Regexp{Op: OpEndText, Flags: p.flags | WasDollar}, s[1:], nil
		}
		return &Regexp{Op: OpEndLine, Flags: p.flags}, s[1:], nil
	case '\\':
		return p.parseBackslash(s)
	}
	r, size := utf8.DecodeRuneInString(s)
	return p.lit(r), s[size:], nil
}

func (p *parser) parseGroup(s string) (*Regexp, string, error) {
	t := s[1:]
	name := ""
	capture := true
	if p.flags&PerlX != 0 && strings.HasPrefix(t, "?") {
		if strings.HasPrefix(t, "?P<") || strings.HasPrefix(t, "?<") {
			begin := 3
			if t[1] == '<' {
				begin = 2
			}
			end := strings.IndexByte(t, '>')
			if end < 0 {
				return nil, "", &Error{ErrInvalidNamedCapture, s}
			}
			name = t[begin:end]
			if !validName(name) {
				return nil, "", &Error{ErrInvalidNamedCapture, s[:end+2]}
			}
			t = t[end+1:]
		} else {
			flags, rest, colon, err := p.parseFlags(s, t[1:])
			if err != nil {
				return nil, "", err
			}
			if !colon {
				p.flags = flags
				return nil, rest, nil
			}
			saved := p.flags
			p.flags = flags
			sub, rest, err := p.parseAlt(rest)
			p.flags = saved
			if err != nil {
				return nil, "", err
			}
			if rest == "" || rest[0] != ')' {
				return nil, "", &Error{ErrMissingParen, p.whole}
			}
			capture = false
			return sub, rest[1:], nil
		}
	}
	_ = capture
	p.ncap++
	c := p.ncap
	saved := p.flags
	sub, rest, err := p.parseAlt(t)
	p.flags = saved
	if err != nil {
		return nil, "", err
	}
	if rest == "" || rest[0] != ')' {
		return nil, "", &Error{ErrMissingParen, p.whole}
	}
	re := &Regexp{Op: OpCapture, Flags: p.flags, Cap: c, Name: name}
	re.Sub = append(re.Sub0[:0], sub)
	return re, rest[1:], nil
}

func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// parseFlags parses the flags of "(?flags)" or "(?flags:"; s is the whole
// group text and t follows "(?".
func (p *parser) parseFlags(s, t string) (Flags, string, bool, error) {
	flags := p.flags
	neg := false
	sawFlag := false
	for t != "" {
		c, size := utf8.DecodeRuneInString(t)
		t = t[size:]
		switch c {
		case 'i':
			flags = setFlag(flags, FoldCase, neg)
		case 'm':
			flags = setFlag(flags, OneLine, !neg)
		case 's':
			flags = setFlag(flags, DotNL, neg)
		case 'U':
			flags = setFlag(flags, NonGreedy, neg)
		case '-':
			if neg {
				return 0, "", false, &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
			}
			neg = true
			sawFlag = false
			continue
		case ':', ')':
			if neg && !sawFlag {
				return 0, "", false, &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
			}
			return flags, t, c == ':', nil
		default:
			return 0, "", false, &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
		}
		sawFlag = true
	}
	return 0, "", false, &Error{ErrInvalidPerlOp, s}
}

func setFlag(f, bit Flags, clear bool) Flags {
	if clear {
		return f &^ bit
	}
	return f | bit
}

func (p *parser) parseBackslash(s string) (*Regexp, string, error) {
	if len(s) < 2 {
		return nil, "", &Error{ErrTrailingBackslash, ""}
	}
	if p.flags&PerlX != 0 {
		switch s[1] {
		case 'A':
			return &Regexp{Op: OpBeginText, Flags: p.flags}, s[2:], nil
		case 'z':
			return &Regexp{Op: OpEndText, Flags: p.flags}, s[2:], nil
		case 'b':
			return &Regexp{Op: OpWordBoundary, Flags: p.flags}, s[2:], nil
		case 'B':
			return &Regexp{Op: OpNoWordBoundary, Flags: p.flags}, s[2:], nil
		case 'Q':
			lit := s[2:]
			rest := ""
			if i := strings.Index(lit, `\E`); i >= 0 {
				lit, rest = lit[:i], lit[i+2:]
			}
			var subs []*Regexp
			for _, r := range lit {
				subs = appendConcat(subs, p.lit(r))
			}
			switch len(subs) {
			case 0:
				return nil, rest, nil
			case 1:
				return subs[0], rest, nil
			}
			return &Regexp{Op: OpConcat, Flags: p.flags, Sub: subs}, rest, nil
		}
	}
	if cls, rest, ok, err := p.classEscape(s, nil); ok || err != nil {
		if err != nil {
			return nil, "", err
		}
		return p.classRegexp(cls), rest, nil
	}
	r, rest, err := p.parseEscape(s)
	if err != nil {
		return nil, "", err
	}
	return p.lit(r), rest, nil
}

func (p *parser) classRegexp(r []rune) *Regexp {
	re := &Regexp{Op: OpCharClass, Flags: p.flags}
	re.Rune = cleanClass(r)
	return re
}

// classEscape handles \d \s \w (and negations) and \p{...}/\P{...},
// appending their ranges to r.
func (p *parser) classEscape(s string, r []rune) ([]rune, string, bool, error) {
	if len(s) < 2 || s[0] != '\\' {
		return r, s, false, nil
	}
	c := s[1]
	if p.flags&PerlX != 0 {
		var ranges []rune
		switch c | 0x20 {
		case 'd':
			ranges = []rune{'0', '9'}
		case 's':
			ranges = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
		case 'w':
			ranges = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
		}
		if ranges != nil {
			if c >= 'a' {
				return append(r, ranges...), s[2:], true, nil
			}
			return append(r, p.negate(ranges)...), s[2:], true, nil
		}
	}
	if (c == 'p' || c == 'P') && p.flags&UnicodeGroups != 0 {
		if len(s) < 3 {
			return nil, "", false, &Error{ErrInvalidCharRange, s}
		}
		name := s[2:3]
		rest := s[3:]
		seq := s[:3]
		if s[2] == '{' {
			end := strings.IndexByte(s, '}')
			if end < 0 {
				return nil, "", false, &Error{ErrInvalidCharRange, s}
			}
			name, rest, seq = s[3:end], s[end+1:], s[:end+1]
		}
		neg := c == 'P'
		if strings.HasPrefix(name, "^") {
			neg = !neg
			name = name[1:]
		}
		ranges, ok := unicodeTable(name)
		if !ok {
			return nil, "", false, &Error{ErrInvalidCharRange, seq}
		}
		if p.flags&FoldCase != 0 {
			var f []rune
			for i := 0; i < len(ranges); i += 2 {
				f = appendFolded(f, ranges[i], ranges[i+1])
			}
			ranges = cleanClass(f)
		}
		if neg {
			return append(r, p.negate(ranges)...), rest, true, nil
		}
		return append(r, ranges...), rest, true, nil
	}
	return r, s, false, nil
}

func unicodeTable(name string) ([]rune, bool) {
	if name == "Any" {
		return []rune{0, unicode.MaxRune}, true
	}
	t := unicode.Categories[name]
	if t == nil {
		t = unicode.Scripts[name]
	}
	if t == nil {
		return nil, false
	}
	var r []rune
	for _, x := range t.R16 {
		for lo := rune(x.Lo); lo <= rune(x.Hi); lo += rune(x.Stride) {
			if x.Stride == 1 {
				r = append(r, lo, rune(x.Hi))
				break
			}
			r = append(r, lo, lo)
		}
	}
	for _, x := range t.R32 {
		for lo := rune(x.Lo); lo <= rune(x.Hi); lo += rune(x.Stride) {
			if x.Stride == 1 {
				r = append(r, lo, rune(x.Hi))
				break
			}
			r = append(r, lo, lo)
		}
	}
	return cleanClass(r), true
}

func (p *parser) negate(ranges []rune) []rune {
	return negateClass(cleanClass(append([]rune(nil), ranges...)))
}

func removeNL(r []rune) []rune {
	var out []rune
	for i := 0; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if lo <= '\n' && '\n' <= hi {
			if lo < '\n' {
				out = append(out, lo, '\n'-1)
			}
			if hi > '\n' {
				out = append(out, '\n'+1, hi)
			}
			continue
		}
		out = append(out, lo, hi)
	}
	return out
}

func (p *parser) parseEscape(s string) (rune, string, error) {
	t := s[1:]
	c, size := utf8.DecodeRuneInString(t)
	t = t[size:]
	switch {
	case c < utf8.RuneSelf && !isalnum(c):
		return c, t, nil
	case '1' <= c && c <= '7':
		if t == "" || t[0] < '0' || t[0] > '7' {
			break
		}
		fallthrough
	case c == '0':
		r := c - '0'
		for i := 1; i < 3 && t != "" && '0' <= t[0] && t[0] <= '7'; i++ {
			r = r*8 + rune(t[0]-'0')
			t = t[1:]
		}
		return r, t, nil
	case c == 'x':
		if t == "" {
			break
		}
		if t[0] == '{' {
			t = t[1:]
			v, nhex := rune(0), 0
			for {
				if t == "" {
					return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
				}
				d, size := utf8.DecodeRuneInString(t)
				t = t[size:]
				if d == '}' {
					break
				}
				x := unhex(d)
				if x < 0 {
					return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
				}
				v = v*16 + x
				if v > unicode.MaxRune {
					return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
				}
				nhex++
			}
			if nhex == 0 {
				break
			}
			return v, t, nil
		}
		if len(t) < 2 || unhex(rune(t[0])) < 0 || unhex(rune(t[1])) < 0 {
			break
		}
		return unhex(rune(t[0]))*16 + unhex(rune(t[1])), t[2:], nil
	case c == 'a':
		return '\a', t, nil
	case c == 'f':
		return '\f', t, nil
	case c == 'n':
		return '\n', t, nil
	case c == 'r':
		return '\r', t, nil
	case c == 't':
		return '\t', t, nil
	case c == 'v':
		return '\v', t, nil
	}
	return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

func (p *parser) parseClass(s string) (*Regexp, string, error) {
	t := s[1:]
	neg := false
	if t != "" && t[0] == '^' {
		neg = true
		t = t[1:]
		if p.flags&ClassNL == 0 {
			// [^...] never matches a newline unless ClassNL is set.
		}
	}
	var r []rune
	first := true
	for t == "" || t[0] != ']' || first {
		if t == "" {
			return nil, "", &Error{ErrMissingBracket, s}
		}
		if t[0] == '-' && p.flags&PerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			return nil, "", &Error{ErrInvalidCharRange, t[:min(len(t), 2)]}
		}
		first = false
		if strings.HasPrefix(t, "[:") {
			if end := strings.Index(t[2:], ":]"); end >= 0 {
				name := t[2 : 2+end]
				cneg := strings.HasPrefix(name, "^")
				if cneg {
					name = name[1:]
				}
				cls, ok := posixClasses[name]
				if !ok {
					return nil, "", &Error{ErrInvalidCharRange, t[:end+4]}
				}
				cls = p.foldRanges(cls)
				if cneg {
					cls = p.negate(cls)
				}
				r = append(r, cls...)
				t = t[end+4:]
				continue
			}
		}
		if t[0] == '\\' {
			nr, rest, ok, err := p.classEscape(t, nil)
			if err != nil {
				return nil, "", err
			}
			if ok {
				r = append(r, p.foldRanges(nr)...)
				t = rest
				continue
			}
		}
		rangeStart := t
		lo, rest, err := p.classChar(t, s)
		if err != nil {
			return nil, "", err
		}
		t = rest
		hi := lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			hi, rest, err = p.classChar(t[1:], s)
			if err != nil {
				return nil, "", err
			}
			t = rest
			if hi < lo {
				return nil, "", &Error{ErrInvalidCharRange, rangeStart[:len(rangeStart)-len(t)]}
			}
		}
		r = append(r, p.foldRanges([]rune{lo, hi})...)
	}
	r = cleanClass(r)
	if neg {
		r = p.negate(r)
		if p.flags&ClassNL == 0 {
			r = removeNL(r)
		}
	}
	re := &Regexp{Op: OpCharClass, Flags: p.flags, Rune: r}
	return re, t[1:], nil
}

func (p *parser) foldRanges(r []rune) []rune {
	if p.flags&FoldCase == 0 {
		return r
	}
	var out []rune
	for i := 0; i < len(r); i += 2 {
		out = appendFolded(out, r[i], r[i+1])
	}
	return out
}

func (p *parser) classChar(s, whole string) (rune, string, error) {
	if s == "" {
		return 0, "", &Error{ErrMissingBracket, whole}
	}
	if s[0] == '\\' {
		return p.parseEscape(s)
	}
	r, size := utf8.DecodeRuneInString(s)
	return r, s[size:], nil
}

// appendFolded appends lo-hi and every rune case-equivalent to one in it.
func appendFolded(r []rune, lo, hi rune) []rune {
	r = append(r, lo, hi)
	if hi-lo > 5000 {
		lo2, hi2 := max(lo, 'A'), min(hi, 0x1FFFF)
		if lo2 > hi2 {
			return r
		}
		lo, hi = lo2, hi2
	}
	for c := lo; c <= hi; c++ {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f < lo || f > hi {
				r = append(r, f, f)
			}
		}
	}
	return r
}

// cleanClass sorts and merges the ranges in r.
func cleanClass(r []rune) []rune {
	type rg struct{ lo, hi rune }
	rs := make([]rg, 0, len(r)/2)
	for i := 0; i+1 < len(r); i += 2 {
		rs = append(rs, rg{r[i], r[i+1]})
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].lo != rs[j].lo {
			return rs[i].lo < rs[j].lo
		}
		return rs[i].hi > rs[j].hi
	})
	out := r[:0]
	for _, x := range rs {
		if n := len(out); n > 0 && x.lo <= out[n-1]+1 {
			if x.hi > out[n-1] {
				out[n-1] = x.hi
			}
			continue
		}
		out = append(out, x.lo, x.hi)
	}
	return out
}

// negateClass returns the complement of the sorted, merged ranges r.
func negateClass(r []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(r); i += 2 {
		if r[i] > next {
			out = append(out, next, r[i]-1)
		}
		next = r[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}
