// Package syntax parses regular expressions into syntax trees and compiles
// them into instruction programs for the regexp package. Pure Go, no
// natives.
package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// An Error describes a failure to parse a regular expression.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}

// An ErrorCode describes a failure to parse a regular expression.
type ErrorCode string

const (
	ErrInternalError         ErrorCode = "regexp/syntax: internal error"
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
	ErrLarge                 ErrorCode = "expression too large"
)

func (e ErrorCode) String() string { return string(e) }

// Flags control the behavior of the parser and record information about
// regexp context.
type Flags uint16

const (
	FoldCase Flags = 1 << iota
	Literal
	ClassNL
	DotNL
	OneLine
	NonGreedy
	PerlX
	UnicodeGroups
	WasDollar
	Simple

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups
	POSIX Flags = 0
)

// An Op is a single regular expression operator.
type Op uint8

const (
	OpNoMatch Op = 1 + iota
	OpEmptyMatch
	OpLiteral
	OpCharClass
	OpAnyCharNotNL
	OpAnyChar
	OpBeginLine
	OpEndLine
	OpBeginText
	OpEndText
	OpWordBoundary
	OpNoWordBoundary
	OpCapture
	OpStar
	OpPlus
	OpQuest
	OpRepeat
	OpConcat
	OpAlternate
)

const opPseudo Op = 128

var opNames = []string{"", "NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL",
	"AnyChar", "BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary",
	"NoWordBoundary", "Capture", "Star", "Plus", "Quest", "Repeat", "Concat", "Alternate"}

func (i Op) String() string {
	if int(i) < len(opNames) && i > 0 {
		return "Op" + opNames[i]
	}
	return "Op(" + strconv.Itoa(int(i)) + ")"
}

// A Regexp is a node in a regular expression syntax tree.
type Regexp struct {
	Op       Op
	Flags    Flags
	Sub      []*Regexp
	Sub0     [1]*Regexp
	Rune     []rune
	Rune0    [2]rune
	Min, Max int
	Cap      int
	Name     string
}

// Equal reports whether x and y have identical structure.
func (x *Regexp) Equal(y *Regexp) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.Op != y.Op {
		return false
	}
	switch x.Op {
	case OpEndText:
		if x.Flags&WasDollar != y.Flags&WasDollar {
			return false
		}
	case OpLiteral, OpCharClass:
		if x.Op == OpLiteral && x.Flags&FoldCase != y.Flags&FoldCase {
			return false
		}
		if len(x.Rune) != len(y.Rune) {
			return false
		}
		for i := range x.Rune {
			if x.Rune[i] != y.Rune[i] {
				return false
			}
		}
	case OpAlternate, OpConcat:
		if len(x.Sub) != len(y.Sub) {
			return false
		}
		for i := range x.Sub {
			if !x.Sub[i].Equal(y.Sub[i]) {
				return false
			}
		}
	case OpStar, OpPlus, OpQuest:
		if x.Flags&NonGreedy != y.Flags&NonGreedy || !x.Sub[0].Equal(y.Sub[0]) {
			return false
		}
	case OpRepeat:
		if x.Flags&NonGreedy != y.Flags&NonGreedy || x.Min != y.Min || x.Max != y.Max || !x.Sub[0].Equal(y.Sub[0]) {
			return false
		}
	case OpCapture:
		if x.Cap != y.Cap || x.Name != y.Name || !x.Sub[0].Equal(y.Sub[0]) {
			return false
		}
	}
	return true
}

// MaxCap walks the regexp to find the maximum capture index.
func (re *Regexp) MaxCap() int {
	m := 0
	if re.Op == OpCapture {
		m = re.Cap
	}
	for _, sub := range re.Sub {
		if n := sub.MaxCap(); n > m {
			m = n
		}
	}
	return m
}

// CapNames walks the regexp to find the names of capturing groups.
func (re *Regexp) CapNames() []string {
	names := make([]string, re.MaxCap()+1)
	re.capNames(names)
	return names
}

func (re *Regexp) capNames(names []string) {
	if re.Op == OpCapture {
		names[re.Cap] = re.Name
	}
	for _, sub := range re.Sub {
		sub.capNames(names)
	}
}

// String returns a string representation of the regular expression.
func (re *Regexp) String() string {
	var b strings.Builder
	writeRegexp(&b, re)
	return b.String()
}

const metaChars = `\.+*?()|[]{}^$`

func writeLitRune(b *strings.Builder, r rune, inClass bool) {
	switch {
	case r < 0x80 && strings.ContainsRune(metaChars, r) || inClass && r == '-':
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\f':
		b.WriteString(`\f`)
	case unicode.IsPrint(r):
		b.WriteRune(r)
	case r < 0x100:
		b.WriteString(`\x`)
		h := strconv.FormatInt(int64(r), 16)
		if len(h) == 1 {
			b.WriteByte('0')
		}
		b.WriteString(h)
	default:
		b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
	}
}

func writeSub(b *strings.Builder, re *Regexp) {
	switch re.Op {
	case OpConcat, OpAlternate, OpCapture, OpStar, OpPlus, OpQuest, OpRepeat:
		if re.Op != OpCapture {
			b.WriteString("(?:")
			writeRegexp(b, re)
			b.WriteString(")")
			return
		}
	case OpLiteral:
		if len(re.Rune) > 1 {
			b.WriteString("(?:")
			writeRegexp(b, re)
			b.WriteString(")")
			return
		}
	}
	writeRegexp(b, re)
}

func writeRegexp(b *strings.Builder, re *Regexp) {
	switch re.Op {
	default:
		b.WriteString("<invalid op" + strconv.Itoa(int(re.Op)) + ">")
	case OpNoMatch:
		b.WriteString(`[^\x00-\x{10FFFF}]`)
	case OpEmptyMatch:
		b.WriteString(`(?:)`)
	case OpLiteral:
		if re.Flags&FoldCase != 0 {
			b.WriteString("(?i:")
		}
		for _, r := range re.Rune {
			writeLitRune(b, r, false)
		}
		if re.Flags&FoldCase != 0 {
			b.WriteString(")")
		}
	case OpCharClass:
		if len(re.Rune)%2 != 0 {
			b.WriteString(`[invalid char class]`)
			break
		}
		b.WriteByte('[')
		if len(re.Rune) == 0 {
			b.WriteString(`^\x00-\x{10FFFF}`)
		} else if re.Rune[0] == 0 && re.Rune[len(re.Rune)-1] == unicode.MaxRune && len(re.Rune) > 2 {
			b.WriteByte('^')
			for i := 1; i < len(re.Rune)-1; i += 2 {
				lo, hi := re.Rune[i]+1, re.Rune[i+1]-1
				writeLitRune(b, lo, true)
				if lo != hi {
					b.WriteByte('-')
					writeLitRune(b, hi, true)
				}
			}
		} else {
			for i := 0; i < len(re.Rune); i += 2 {
				lo, hi := re.Rune[i], re.Rune[i+1]
				writeLitRune(b, lo, true)
				if lo != hi {
					b.WriteByte('-')
					writeLitRune(b, hi, true)
				}
			}
		}
		b.WriteByte(']')
	case OpAnyCharNotNL:
		b.WriteString(`(?-s:.)`)
	case OpAnyChar:
		b.WriteString(`(?s:.)`)
	case OpBeginLine:
		b.WriteString(`(?m:^)`)
	case OpEndLine:
		b.WriteString(`(?m:$)`)
	case OpBeginText:
		b.WriteString(`\A`)
	case OpEndText:
		if re.Flags&WasDollar != 0 {
			b.WriteString(`(?-m:$)`)
		} else {
			b.WriteString(`\z`)
		}
	case OpWordBoundary:
		b.WriteString(`\b`)
	case OpNoWordBoundary:
		b.WriteString(`\B`)
	case OpCapture:
		if re.Name != "" {
			b.WriteString(`(?P<` + re.Name + `>`)
		} else {
			b.WriteByte('(')
		}
		if re.Sub[0].Op != OpEmptyMatch {
			writeRegexp(b, re.Sub[0])
		}
		b.WriteByte(')')
	case OpStar, OpPlus, OpQuest, OpRepeat:
		writeSub(b, re.Sub[0])
		switch re.Op {
		case OpStar:
			b.WriteByte('*')
		case OpPlus:
			b.WriteByte('+')
		case OpQuest:
			b.WriteByte('?')
		case OpRepeat:
			b.WriteString("{" + strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteByte(',')
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteByte('}')
		}
		if re.Flags&NonGreedy != 0 {
			b.WriteByte('?')
		}
	case OpConcat:
		for _, sub := range re.Sub {
			if sub.Op == OpAlternate {
				b.WriteString("(?:")
				writeRegexp(b, sub)
				b.WriteString(")")
			} else {
				writeRegexp(b, sub)
			}
		}
	case OpAlternate:
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteByte('|')
			}
			writeRegexp(b, sub)
		}
	}
}

// Simplify returns a regexp equivalent to re but without counted
// repetitions.
func (re *Regexp) Simplify() *Regexp {
	if re == nil {
		return nil
	}
	switch re.Op {
	case OpCapture, OpConcat, OpAlternate, OpStar, OpPlus, OpQuest:
		var nre *Regexp
		for i, sub := range re.Sub {
			nsub := sub.Simplify()
			if nre == nil && nsub != sub {
				nre = new(Regexp)
				*nre = *re
				nre.Rune = nil
				nre.Sub = append(nre.Sub0[:0], re.Sub[:i]...)
			}
			if nre != nil {
				nre.Sub = append(nre.Sub, nsub)
			}
		}
		if nre == nil {
			return re
		}
		return nre
	case OpRepeat:
		sub := re.Sub[0].Simplify()
		if re.Min == 0 && re.Max == 0 {
			return &Regexp{Op: OpEmptyMatch}
		}
		if re.Max == -1 {
			if re.Min == 0 {
				return unary(OpStar, re.Flags, sub)
			}
			if re.Min == 1 {
				return unary(OpPlus, re.Flags, sub)
			}
			cat := &Regexp{Op: OpConcat}
			for i := 0; i < re.Min-1; i++ {
				cat.Sub = append(cat.Sub, sub)
			}
			cat.Sub = append(cat.Sub, unary(OpPlus, re.Flags, sub))
			return cat
		}
		if re.Min == 1 && re.Max == 1 {
			return sub
		}
		var prefix *Regexp
		if re.Min > 0 {
			prefix = &Regexp{Op: OpConcat}
			for i := 0; i < re.Min; i++ {
				prefix.Sub = append(prefix.Sub, sub)
			}
		}
		if re.Max > re.Min {
			suffix := unary(OpQuest, re.Flags, sub)
			for i := re.Min + 1; i < re.Max; i++ {
				cat := &Regexp{Op: OpConcat, Sub: []*Regexp{sub, suffix}}
				suffix = unary(OpQuest, re.Flags, cat)
			}
			if prefix == nil {
				return suffix
			}
			prefix.Sub = append(prefix.Sub, suffix)
		}
		if prefix != nil {
			return prefix
		}
		return &Regexp{Op: OpNoMatch}
	}
	return re
}

func unary(op Op, flags Flags, sub *Regexp) *Regexp {
	re := &Regexp{Op: op, Flags: flags & NonGreedy}
	re.Sub = append(re.Sub0[:0], sub)
	return re
}

// IsWordChar reports whether r is an ASCII word character ([0-9A-Za-z_]).
func IsWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}
