// Package utf8 implements functions and constants to support text encoded in
// UTF-8: translation between runes and UTF-8 byte sequences, validity checks.
// Pure Go, no natives.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of an encoding whose first bytes are b0..b3,
// n bytes (at most UTFMax are looked at) being available.
func decode(n int, b0, b1, b2, b3 byte) (rune, int) {
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case b0&0xE0 == 0xC0:
		need, min, r = 2, 0x80, rune(b0&0x1F)
	case b0&0xF0 == 0xE0:
		need, min, r = 3, 0x800, rune(b0&0x0F)
	case b0&0xF8 == 0xF0:
		need, min, r = 4, 0x10000, rune(b0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		return RuneError, 1
	}
	bs := [3]byte{b1, b2, b3}
	for i := 0; i < need-1; i++ {
		b := bs[i]
		if b&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	if r < min || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, need
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	var b [UTFMax]byte
	copy(b[:], p)
	return decode(n, b[0], b[1], b[2], b[3])
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b [UTFMax]byte
	copy(b[:], s)
	return decode(n, b[0], b[1], b[2], b[3])
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes, with the same error conventions as DecodeRune.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or
// -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of
// the rune (RuneError if the rune is invalid) and returns the number of bytes
// written.
func EncodeRune(p []byte, r rune) int {
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	case 4:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
	_ = p[2]
	p[0], p[1], p[2] = 0xEF, 0xBF, 0xBD
	return 3
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; erroneous and short encodings
// count as one rune of width 1 byte.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune (that is, it is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of
// a rune.
func FullRune(p []byte) bool {
	var b [UTFMax]byte
	copy(b[:], p)
	return fullRune(len(p), b)
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	var b [UTFMax]byte
	copy(b[:], s)
	return fullRune(len(s), b)
}

func fullRune(n int, b [UTFMax]byte) bool {
	if n == 0 {
		return false
	}
	b0 := b[0]
	var need int
	switch {
	case b0 < 0x80, b0 == 0xC0, b0 == 0xC1, b0 >= 0xF5:
		return true
	case b0&0xE0 == 0xC0:
		need = 2
	case b0&0xF0 == 0xE0:
		need = 3
	case b0&0xF8 == 0xF0:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}

	for i := 1; i < n; i++ {
		if !isCont(b[i]) {
			return true
		}
		if i == 1 && !validSecond(b0, b[i]) {
			return true
		}
	}
	return false
}

// validSecond reports whether b may follow the lead byte b0 in a valid
// encoding (excluding overlong forms, surrogates and runes past MaxRune).
func validSecond(b0, b byte) bool {
	switch b0 {
	case 0xE0:
		return b >= 0xA0
	case 0xED:
		return b <= 0x9F
	case 0xF0:
		return b >= 0x90
	case 0xF4:
		return b <= 0x8F
	}
	if b0 == 0xC0 || b0 == 0xC1 || b0 > 0xF4 {
		return false
	}
	return true
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded
// runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8: it is in range
// and not a surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
