// Differential test: strings, bytes, unicode, unicode/utf8, unicode/utf16.
package main

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	gbytes "gotslib/bytes"
	gstrings "gotslib/strings"
	gunicode "gotslib/unicode"
	gutf16 "gotslib/unicode/utf16"
	gutf8 "gotslib/unicode/utf8"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 30 {
			fmt.Printf("%s:\n\twant %#v\n\tgot  %#v\n", what, want, got)
		}
	}
}

var samples = []string{
	"", " ", "a", "abc", "Hello, World", "  leading and trailing  ", "\t\n x \v\f\r",
	"héllo wörld", "ÀÉÎÕÜ àéîõü", "日本語テキスト", "ǅungla ǈ", "ΣΑΣ σας ς", "İstanbul ıi",
	"\xff\xfe invalid", "a\xc3", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
	"aaa", "abababab", "a,b,,c,", ",,", "x__y__z", "\u00a0nbsp\u2003em\u3000", "🙂 emoji 👍🏽",
	"MiXeD CaSe 123 _x", "ﬃ ß ẞ", "K k \u212a", "\u0345\u0399\u03b9\u1fbe", "tab\there",
}

func main() {
	// unicode: every rune's classes and cases.
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if r > 0x3400 && r < 0x1F000 && r%7 != 0 {
			continue // sample the big middle
		}
		check(fmt.Sprintf("IsLetter(%U)", r), unicode.IsLetter(r), gunicode.IsLetter(r))
		check(fmt.Sprintf("IsDigit(%U)", r), unicode.IsDigit(r), gunicode.IsDigit(r))
		check(fmt.Sprintf("IsNumber(%U)", r), unicode.IsNumber(r), gunicode.IsNumber(r))
		check(fmt.Sprintf("IsSpace(%U)", r), unicode.IsSpace(r), gunicode.IsSpace(r))
		check(fmt.Sprintf("IsUpper(%U)", r), unicode.IsUpper(r), gunicode.IsUpper(r))
		check(fmt.Sprintf("IsLower(%U)", r), unicode.IsLower(r), gunicode.IsLower(r))
		check(fmt.Sprintf("IsTitle(%U)", r), unicode.IsTitle(r), gunicode.IsTitle(r))
		check(fmt.Sprintf("IsPrint(%U)", r), unicode.IsPrint(r), gunicode.IsPrint(r))
		check(fmt.Sprintf("IsGraphic(%U)", r), unicode.IsGraphic(r), gunicode.IsGraphic(r))
		check(fmt.Sprintf("IsPunct(%U)", r), unicode.IsPunct(r), gunicode.IsPunct(r))
		check(fmt.Sprintf("IsSymbol(%U)", r), unicode.IsSymbol(r), gunicode.IsSymbol(r))
		check(fmt.Sprintf("IsMark(%U)", r), unicode.IsMark(r), gunicode.IsMark(r))
		check(fmt.Sprintf("IsControl(%U)", r), unicode.IsControl(r), gunicode.IsControl(r))
		check(fmt.Sprintf("ToUpper(%U)", r), unicode.ToUpper(r), gunicode.ToUpper(r))
		check(fmt.Sprintf("ToLower(%U)", r), unicode.ToLower(r), gunicode.ToLower(r))
		check(fmt.Sprintf("ToTitle(%U)", r), unicode.ToTitle(r), gunicode.ToTitle(r))
		check(fmt.Sprintf("SimpleFold(%U)", r), unicode.SimpleFold(r), gunicode.SimpleFold(r))
		check(fmt.Sprintf("Turkish(%U)", r), unicode.TurkishCase.ToUpper(r), gunicode.TurkishCase.ToUpper(r))
		check(fmt.Sprintf("Han(%U)", r), unicode.Is(unicode.Han, r), gunicode.Is(gunicode.Han, r))
		check(fmt.Sprintf("RuneLen(%U)", r), utf8.RuneLen(r), gutf8.RuneLen(r))
		check(fmt.Sprintf("ValidRune(%U)", r), utf8.ValidRune(r), gutf8.ValidRune(r))
		check(fmt.Sprintf("AppendRune(%U)", r), utf8.AppendRune(nil, r), gutf8.AppendRune(nil, r))
		check(fmt.Sprintf("utf16.RuneLen(%U)", r), utf16.RuneLen(r), gutf16.RuneLen(r))
		a1, b1 := utf16.EncodeRune(r)
		a2, b2 := gutf16.EncodeRune(r)
		check(fmt.Sprintf("utf16.EncodeRune(%U)", r), [2]rune{a1, b1}, [2]rune{a2, b2})
	}
	for name, tab := range unicode.Categories {
		check("category "+name, *tab, *(*unicode.RangeTable)(unsafe.Pointer(gunicode.Categories[name])))
	}
	// utf8 on all 1-, 2-, and 3-byte sequences (sampled) and the samples.
	var seqs []string
	for i := 0; i < 256; i++ {
		seqs = append(seqs, string([]byte{byte(i)}))
		for j := 0x70; j < 0xC8; j += 3 {
			seqs = append(seqs, string([]byte{byte(i), byte(j)}), string([]byte{byte(i), byte(j), 0x80}), string([]byte{byte(i), byte(j), 0xbf, 0x80}))
		}
	}
	seqs = append(seqs, samples...)
	for _, s := range seqs {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := gutf8.DecodeRuneInString(s)
		check("DecodeRuneInString "+fmt.Sprintf("%q", s), [2]int{int(r1), n1}, [2]int{int(r2), n2})
		r1, n1 = utf8.DecodeLastRune([]byte(s))
		r2, n2 = gutf8.DecodeLastRune([]byte(s))
		check("DecodeLastRune "+fmt.Sprintf("%q", s), [2]int{int(r1), n1}, [2]int{int(r2), n2})
		check("FullRuneInString "+fmt.Sprintf("%q", s), utf8.FullRuneInString(s), gutf8.FullRuneInString(s))
		check("ValidString "+fmt.Sprintf("%q", s), utf8.ValidString(s), gutf8.ValidString(s))
		check("RuneCount "+fmt.Sprintf("%q", s), utf8.RuneCount([]byte(s)), gutf8.RuneCount([]byte(s)))
	}
	u := utf16.Encode([]rune("a🙂b\U0010ffff"))
	check("utf16.Encode", u, gutf16.Encode([]rune("a🙂b\U0010ffff")))
	check("utf16.Decode", utf16.Decode(append(u, 0xd800, 'x', 0xdc00)), gutf16.Decode(append(u, 0xd800, 'x', 0xdc00)))

	// strings and bytes on pairs of samples.
	seps := []string{"", " ", ",", "a", "ab", "é", "\xff", "__", "ς"}
	for _, s := range samples {
		b := []byte(s)
		check("ToUpper "+s, strings.ToUpper(s), gstrings.ToUpper(s))
		check("ToLower "+s, strings.ToLower(s), gstrings.ToLower(s))
		check("ToTitle "+s, strings.ToTitle(s), gstrings.ToTitle(s))
		check("Title "+s, strings.Title(s), gstrings.Title(s))
		check("TrimSpace "+s, strings.TrimSpace(s), gstrings.TrimSpace(s))
		check("Fields "+s, strings.Fields(s), gstrings.Fields(s))
		check("ToValidUTF8 "+s, strings.ToValidUTF8(s, "?"), gstrings.ToValidUTF8(s, "?"))
		check("bytes.ToUpper "+s, bytes.ToUpper(b), gbytes.ToUpper(b))
		check("bytes.ToLower "+s, bytes.ToLower(b), gbytes.ToLower(b))
		check("bytes.TrimSpace "+s, bytes.TrimSpace(b), gbytes.TrimSpace(b))
		check("bytes.Fields "+s, bytes.Fields(b), gbytes.Fields(b))
		check("bytes.Runes "+s, bytes.Runes(b), gbytes.Runes(b))
		check("bytes.ToValidUTF8 "+s, bytes.ToValidUTF8(b, []byte("?")), gbytes.ToValidUTF8(b, []byte("?")))
		check("Repeat "+s, strings.Repeat(s, 3), gstrings.Repeat(s, 3))
		check("Map "+s, strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), gstrings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s))
		for _, t := range append(seps, samples...) {
			bt := []byte(t)
			k := s + "|" + t
			check("Index "+k, strings.Index(s, t), gstrings.Index(s, t))
			check("LastIndex "+k, strings.LastIndex(s, t), gstrings.LastIndex(s, t))
			check("IndexAny "+k, strings.IndexAny(s, t), gstrings.IndexAny(s, t))
			check("LastIndexAny "+k, strings.LastIndexAny(s, t), gstrings.LastIndexAny(s, t))
			check("Count "+k, strings.Count(s, t), gstrings.Count(s, t))
			check("Split "+k, strings.Split(s, t), gstrings.Split(s, t))
			check("SplitN "+k, strings.SplitN(s, t, 2), gstrings.SplitN(s, t, 2))
			check("SplitAfter "+k, strings.SplitAfter(s, t), gstrings.SplitAfter(s, t))
			check("SplitAfterN "+k, strings.SplitAfterN(s, t, 3), gstrings.SplitAfterN(s, t, 3))
			check("Trim "+k, strings.Trim(s, t), gstrings.Trim(s, t))
			check("TrimLeft "+k, strings.TrimLeft(s, t), gstrings.TrimLeft(s, t))
			check("TrimRight "+k, strings.TrimRight(s, t), gstrings.TrimRight(s, t))
			check("EqualFold "+k, strings.EqualFold(s, t), gstrings.EqualFold(s, t))
			check("Compare "+k, strings.Compare(s, t), gstrings.Compare(s, t))
			check("Replace "+k, strings.Replace(s, t, "<>", 2), gstrings.Replace(s, t, "<>", 2))
			check("ReplaceAll "+k, strings.ReplaceAll(s, t, "-"), gstrings.ReplaceAll(s, t, "-"))
			check("Contains "+k, strings.Contains(s, t), gstrings.Contains(s, t))
			check("ContainsAny "+k, strings.ContainsAny(s, t), gstrings.ContainsAny(s, t))
			b1, a1, f1 := strings.Cut(s, t)
			b2, a2, f2 := gstrings.Cut(s, t)
			check("Cut "+k, []any{b1, a1, f1}, []any{b2, a2, f2})
			check("bytes.Index "+k, bytes.Index(b, bt), gbytes.Index(b, bt))
			check("bytes.LastIndex "+k, bytes.LastIndex(b, bt), gbytes.LastIndex(b, bt))
			check("bytes.IndexAny "+k, bytes.IndexAny(b, t), gbytes.IndexAny(b, t))
			check("bytes.LastIndexAny "+k, bytes.LastIndexAny(b, t), gbytes.LastIndexAny(b, t))
			check("bytes.Count "+k, bytes.Count(b, bt), gbytes.Count(b, bt))
			check("bytes.Split "+k, bytes.Split(b, bt), gbytes.Split(b, bt))
			check("bytes.SplitN "+k, bytes.SplitN(b, bt, 2), gbytes.SplitN(b, bt, 2))
			check("bytes.Trim "+k, bytes.Trim(b, t), gbytes.Trim(b, t))
			check("bytes.TrimLeft "+k, bytes.TrimLeft(b, t), gbytes.TrimLeft(b, t))
			check("bytes.TrimRight "+k, bytes.TrimRight(b, t), gbytes.TrimRight(b, t))
			check("bytes.EqualFold "+k, bytes.EqualFold(b, bt), gbytes.EqualFold(b, bt))
			check("bytes.Compare "+k, bytes.Compare(b, bt), gbytes.Compare(b, bt))
			check("bytes.Replace "+k, bytes.Replace(b, bt, []byte("<>"), 2), gbytes.Replace(b, bt, []byte("<>"), 2))
			r1 := strings.NewReplacer(t, "1", "a", "2", " ", "").Replace(s)
			r2 := gstrings.NewReplacer(t, "1", "a", "2", " ", "").Replace(s)
			check("Replacer "+k, r1, r2)
		}
		for _, r := range []rune{'a', 'é', utf8.RuneError, -1, 0x10ffff + 1, ' ', 'ς'} {
			check(fmt.Sprintf("IndexRune %q %q", s, r), strings.IndexRune(s, r), gstrings.IndexRune(s, r))
			check(fmt.Sprintf("bytes.IndexRune %q %q", s, r), bytes.IndexRune(b, r), gbytes.IndexRune(b, r))
		}
	}
	check("Join", strings.Join(samples, "/"), gstrings.Join(samples, "/"))
	var sb gstrings.Builder
	for _, s := range samples {
		sb.WriteString(s)
		sb.WriteByte('.')
		sb.WriteRune('é')
	}
	var rb strings.Builder
	for _, s := range samples {
		rb.WriteString(s)
		rb.WriteByte('.')
		rb.WriteRune('é')
	}
	check("Builder", rb.String(), sb.String())
	var gb gbytes.Buffer
	var bb bytes.Buffer
	for i, s := range samples {
		bb.WriteString(s)
		gb.WriteString(s)
		if i%3 == 0 {
			x1, e1 := bb.ReadString(' ')
			x2, e2 := gb.ReadString(' ')
			check("Buffer.ReadString", []any{x1, e1 == nil}, []any{x2, e2 == nil})
		}
	}
	check("Buffer", bb.String(), gb.String())
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}


