// Package subtle implements functions useful in cryptographic code whose
// running time must not depend on secret data. Pure Go, no natives.
package subtle

// ConstantTimeCompare returns 1 if x and y have equal contents and 0
// otherwise; it returns 0 immediately if their lengths differ.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var v byte
	for i := range x {
		v |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(v, 0)
}

// ConstantTimeSelect returns x if v == 1 and y if v == 0.
func ConstantTimeSelect(v, x, y int) int { return ^(v-1)&x | (v-1)&y }

// ConstantTimeByteEq returns 1 if x == y and 0 otherwise.
func ConstantTimeByteEq(x, y uint8) int {
	return int((uint32(x^y) - 1) >> 31)
}

// ConstantTimeEq returns 1 if x == y and 0 otherwise.
func ConstantTimeEq(x, y int32) int {
	return int((uint64(uint32(x^y)) - 1) >> 63)
}

// ConstantTimeCopy copies y into x (equal lengths) if v == 1 and leaves x
// unchanged if v == 0.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	keep := byte(v - 1)
	take := ^keep
	for i := range x {
		x[i] = x[i]&keep | y[i]&take
	}
}

// ConstantTimeLessOrEq returns 1 if x <= y and 0 otherwise; both must be
// in [0, 2**31-1].
func ConstantTimeLessOrEq(x, y int) int {
	x32, y32 := int32(x), int32(y)
	return int(((x32 - y32 - 1) >> 31) & 1)
}

// XORBytes sets dst[i] = x[i] ^ y[i] for i < n = min(len(x), len(y)) and
// returns n; it panics if dst is shorter than n.
func XORBytes(dst, x, y []byte) int {
	n := min(len(x), len(y))
	if n == 0 {
		return 0
	}
	if n > len(dst) {
		panic("subtle.XORBytes: dst too short")
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}
