package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Prog is a compiled regular expression program.
type Prog struct {
	Inst   []Inst
	Start  int
	NumCap int
}

// An InstOp is an instruction opcode.
type InstOp uint8

const (
	InstAlt InstOp = iota
	InstAltMatch
	InstCapture
	InstEmptyWidth
	InstMatch
	InstFail
	InstNop
	InstRune
	InstRune1
	InstRuneAny
	InstRuneAnyNotNL
)

var instOpNames = []string{"InstAlt", "InstAltMatch", "InstCapture", "InstEmptyWidth",
	"InstMatch", "InstFail", "InstNop", "InstRune", "InstRune1", "InstRuneAny", "InstRuneAnyNotNL"}

func (i InstOp) String() string {
	if uint(i) >= uint(len(instOpNames)) {
		return ""
	}
	return instOpNames[i]
}

// An EmptyOp specifies a kind or mixture of zero-width assertions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext returns the zero-width assertions satisfied between the
// runes r1 and r2 (-1 stands for the start or end of the text).
func EmptyOpContext(r1, r2 rune) EmptyOp {
	var op EmptyOp = EmptyNoWordBoundary
	if r1 < 0 {
		op |= EmptyBeginText | EmptyBeginLine
	}
	if r1 == '\n' {
		op |= EmptyBeginLine
	}
	if r2 < 0 {
		op |= EmptyEndText | EmptyEndLine
	}
	if r2 == '\n' {
		op |= EmptyEndLine
	}
	if IsWordChar(r1) != IsWordChar(r2) {
		op ^= EmptyWordBoundary | EmptyNoWordBoundary
	}
	return op
}

// An Inst is a single instruction in a regular expression program.
type Inst struct {
	Op   InstOp
	Out  uint32
	Arg  uint32
	Rune []rune
}

func (p *Prog) String() string {
	var b strings.Builder
	for pc := range p.Inst {
		s := strconv.Itoa(pc)
		if pc == p.Start {
			s += "*"
		}
		b.WriteString(s + strings.Repeat(" ", max(0, 4-len(s))) + p.Inst[pc].String() + "\n")
	}
	return b.String()
}

// skip returns the first instruction at or after pc that is not a Nop or
// Capture.
func (p *Prog) skip(pc uint32) *Inst {
	i := &p.Inst[pc]
	for i.Op == InstNop || i.Op == InstCapture {
		i = &p.Inst[i.Out]
	}
	return i
}

// Prefix returns a literal string that all matches must start with, and
// whether that string is the whole match.
func (p *Prog) Prefix() (prefix string, complete bool) {
	i := p.skip(uint32(p.Start))
	if i.op() != InstRune || len(i.Rune) != 1 {
		return "", i.Op == InstMatch
	}
	var b strings.Builder
	for i.op() == InstRune && len(i.Rune) == 1 && Flags(i.Arg)&FoldCase == 0 && i.Rune[0] != utf8.RuneError {
		b.WriteRune(i.Rune[0])
		i = p.skip(i.Out)
	}
	return b.String(), i.Op == InstMatch
}

// StartCond returns the zero-width conditions that must hold at the start
// of any match; ^EmptyOp(0) means no match is possible.
func (p *Prog) StartCond() EmptyOp {
	var flag EmptyOp
	pc := uint32(p.Start)
	i := &p.Inst[pc]
Loop:
	for {
		switch i.Op {
		case InstEmptyWidth:
			flag |= EmptyOp(i.Arg)
		case InstFail:
			return ^EmptyOp(0)
		case InstCapture, InstNop:
		default:
			break Loop
		}
		pc = i.Out
		i = &p.Inst[pc]
	}
	return flag
}

// op returns i.Op with the Rune variants collapsed into InstRune.
func (i *Inst) op() InstOp {
	switch i.Op {
	case InstRune1, InstRuneAny, InstRuneAnyNotNL:
		return InstRune
	}
	return i.Op
}

// MatchRune reports whether the instruction matches (and consumes) r.
func (i *Inst) MatchRune(r rune) bool {
	return i.MatchRunePos(r) != -1
}

// MatchRunePos checks whether the instruction matches r and returns the
// index of the matching range pair, or -1.
func (i *Inst) MatchRunePos(r rune) int {
	rs := i.Rune
	switch len(rs) {
	case 0:
		return -1
	case 1:
		r0 := rs[0]
		if r == r0 {
			return 0
		}
		if Flags(i.Arg)&FoldCase != 0 {
			for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	}
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		if r < rs[2*m] {
			hi = m
		} else if r > rs[2*m+1] {
			lo = m + 1
		} else {
			return m
		}
	}
	return -1
}

// MatchEmptyWidth reports whether the instruction matches an empty string
// between the runes before and after.
func (i *Inst) MatchEmptyWidth(before rune, after rune) bool {
	switch EmptyOp(i.Arg) {
	case EmptyBeginLine:
		return before == '\n' || before == -1
	case EmptyEndLine:
		return after == '\n' || after == -1
	case EmptyBeginText:
		return before == -1
	case EmptyEndText:
		return after == -1
	case EmptyWordBoundary:
		return IsWordChar(before) != IsWordChar(after)
	case EmptyNoWordBoundary:
		return IsWordChar(before) == IsWordChar(after)
	}
	panic("unknown empty width arg")
}

func (i *Inst) String() string {
	out := strconv.FormatUint(uint64(i.Out), 10)
	switch i.Op {
	case InstAlt:
		return "alt -> " + out + ", " + strconv.FormatUint(uint64(i.Arg), 10)
	case InstAltMatch:
		return "altmatch -> " + out + ", " + strconv.FormatUint(uint64(i.Arg), 10)
	case InstCapture:
		return "cap " + strconv.FormatUint(uint64(i.Arg), 10) + " -> " + out
	case InstEmptyWidth:
		return "empty " + strconv.FormatUint(uint64(i.Arg), 10) + " -> " + out
	case InstMatch:
		return "match"
	case InstFail:
		return "fail"
	case InstNop:
		return "nop -> " + out
	case InstRune:
		if i.Rune == nil {
			return "rune <nil>"
		}
		s := "rune " + strconv.QuoteToASCII(string(i.Rune))
		if Flags(i.Arg)&FoldCase != 0 {
			s += "/i"
		}
		return s + " -> " + out
	case InstRune1:
		return "rune1 " + strconv.QuoteToASCII(string(i.Rune)) + " -> " + out
	case InstRuneAny:
		return "any -> " + out
	case InstRuneAnyNotNL:
		return "anynotnl -> " + out
	}
	return ""
}

// A patch location: instruction index*2, plus 1 for the Arg field.
type frag struct {
	start    uint32
	out      []uint32
	nullable bool
}

type compiler struct {
	p *Prog
}

// Compile compiles the regexp into a program to be executed.
func Compile(re *Regexp) (*Prog, error) {
	c := &compiler{p: &Prog{NumCap: 2}}
	c.emit(InstFail)
	f := c.compile(re.Simplify())
	m := c.emit(InstMatch)
	c.patch(f.out, m)
	c.p.Start = int(f.start)
	return c.p, nil
}

func (c *compiler) emit(op InstOp) uint32 {
	c.p.Inst = append(c.p.Inst, Inst{Op: op})
	return uint32(len(c.p.Inst) - 1)
}

func (c *compiler) patch(l []uint32, to uint32) {
	for _, x := range l {
		if x&1 == 0 {
			c.p.Inst[x>>1].Out = to
		} else {
			c.p.Inst[x>>1].Arg = to
		}
	}
}

func (c *compiler) cat(a, b frag) frag {
	if a.start == 0 || b.start == 0 {
		return frag{}
	}
	c.patch(a.out, b.start)
	return frag{start: a.start, out: b.out, nullable: a.nullable && b.nullable}
}

func (c *compiler) alt(a, b frag) frag {
	if a.start == 0 {
		return b
	}
	if b.start == 0 {
		return a
	}
	i := c.emit(InstAlt)
	c.p.Inst[i].Out = a.start
	c.p.Inst[i].Arg = b.start
	return frag{start: i, out: append(append([]uint32(nil), a.out...), b.out...), nullable: a.nullable || b.nullable}
}

func (c *compiler) nop() frag {
	i := c.emit(InstNop)
	return frag{start: i, out: []uint32{i << 1}, nullable: true}
}

func (c *compiler) rune1(r []rune, flags Flags) frag {
	i := c.emit(InstRune)
	in := &c.p.Inst[i]
	in.Rune = r
	flags &= FoldCase
	if len(r) != 1 || unicode.SimpleFold(r[0]) == r[0] {
		flags &^= FoldCase
	}
	in.Arg = uint32(flags)
	if flags&FoldCase == 0 && len(r) == 1 {
		in.Op = InstRune1
	} else if len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune {
		in.Op = InstRuneAny
	} else if len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune {
		in.Op = InstRuneAnyNotNL
	}
	return frag{start: i, out: []uint32{i << 1}}
}

func (c *compiler) loop(body frag, nonGreedy bool) (uint32, []uint32) {
	i := c.emit(InstAlt)
	if nonGreedy {
		c.p.Inst[i].Arg = body.start
		return i, []uint32{i << 1}
	}
	c.p.Inst[i].Out = body.start
	return i, []uint32{i<<1 | 1}
}

func (c *compiler) compile(re *Regexp) frag {
	switch re.Op {
	case OpNoMatch:
		return frag{}
	case OpEmptyMatch:
		return c.nop()
	case OpLiteral:
		var f frag
		for j := range re.Rune {
			g := c.rune1(re.Rune[j:j+1], re.Flags)
			if j == 0 {
				f = g
			} else {
				f = c.cat(f, g)
			}
		}
		if len(re.Rune) == 0 {
			return c.nop()
		}
		return f
	case OpCharClass:
		if len(re.Rune) == 2 && re.Rune[0] == re.Rune[1] {
			return c.rune1([]rune{re.Rune[0]}, 0)
		}
		return c.rune1(append([]rune(nil), re.Rune...), re.Flags&^FoldCase)
	case OpAnyCharNotNL:
		return c.rune1([]rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}, 0)
	case OpAnyChar:
		return c.rune1([]rune{0, unicode.MaxRune}, 0)
	case OpBeginLine, OpEndLine, OpBeginText, OpEndText, OpWordBoundary, OpNoWordBoundary:
		var op EmptyOp
		switch re.Op {
		case OpBeginLine:
			op = EmptyBeginLine
		case OpEndLine:
			op = EmptyEndLine
		case OpBeginText:
			op = EmptyBeginText
		case OpEndText:
			op = EmptyEndText
		case OpWordBoundary:
			op = EmptyWordBoundary
		default:
			op = EmptyNoWordBoundary
		}
		i := c.emit(InstEmptyWidth)
		c.p.Inst[i].Arg = uint32(op)
		return frag{start: i, out: []uint32{i << 1}, nullable: true}
	case OpCapture:
		bra := c.emit(InstCapture)
		c.p.Inst[bra].Arg = uint32(2 * re.Cap)
		if 2*re.Cap+2 > c.p.NumCap {
			c.p.NumCap = 2*re.Cap + 2
		}
		sub := c.compile(re.Sub[0])
		ket := c.emit(InstCapture)
		c.p.Inst[ket].Arg = uint32(2*re.Cap + 1)
		if sub.start == 0 {
			return frag{}
		}
		c.p.Inst[bra].Out = sub.start
		c.patch(sub.out, ket)
		return frag{start: bra, out: []uint32{ket << 1}, nullable: sub.nullable}
	case OpStar:
		body := c.compile(re.Sub[0])
		if body.start == 0 {
			return c.nop()
		}
		if body.nullable {
			// (x+)? avoids an empty loop.
			plus := c.plus(body, re.Flags&NonGreedy != 0)
			return c.quest(plus, re.Flags&NonGreedy != 0)
		}
		i, out := c.loop(body, re.Flags&NonGreedy != 0)
		c.patch(body.out, i)
		return frag{start: i, out: out, nullable: true}
	case OpPlus:
		body := c.compile(re.Sub[0])
		if body.start == 0 {
			return frag{}
		}
		return c.plus(body, re.Flags&NonGreedy != 0)
	case OpQuest:
		body := c.compile(re.Sub[0])
		if body.start == 0 {
			return c.nop()
		}
		return c.quest(body, re.Flags&NonGreedy != 0)
	case OpConcat:
		if len(re.Sub) == 0 {
			return c.nop()
		}
		f := c.compile(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f = c.cat(f, c.compile(sub))
		}
		return f
	case OpAlternate:
		var f frag
		for j := len(re.Sub) - 1; j >= 0; j-- {
			g := c.compile(re.Sub[j])
			f = c.alt(g, f)
		}
		return f
	case OpRepeat:
		return c.compile(re.Simplify())
	}
	panic("regexp: unhandled case in compile")
}

func (c *compiler) plus(body frag, nonGreedy bool) frag {
	i, out := c.loop(body, nonGreedy)
	c.patch(body.out, i)
	return frag{start: body.start, out: out, nullable: body.nullable}
}

func (c *compiler) quest(body frag, nonGreedy bool) frag {
	i := c.emit(InstAlt)
	var out []uint32
	if nonGreedy {
		c.p.Inst[i].Arg = body.start
		out = []uint32{i << 1}
	} else {
		c.p.Inst[i].Out = body.start
		out = []uint32{i<<1 | 1}
	}
	return frag{start: i, out: append(out, body.out...), nullable: true}
}
