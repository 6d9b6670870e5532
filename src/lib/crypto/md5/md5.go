// Package md5 implements the MD5 hash algorithm of RFC 1321. Pure Go, no
// natives. The sine table comes from scripts/gen-hashconst.
package md5

import (
	"crypto"
	"encoding/binary"
	"hash"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

var sineTable = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
	0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
	0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
	0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
	0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
	0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
	0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
	0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
	0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

var shifts = [4][4]uint{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

func init() {
	crypto.RegisterHash(crypto.MD5, New)
}

type digest struct {
	s   [4]uint32
	buf [BlockSize]byte
	nb  int
	len uint64
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.nb = 0
	d.len = 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nb > 0 {
		k := copy(d.buf[d.nb:], p)
		d.nb += k
		p = p[k:]
		if d.nb == BlockSize {
			d.block(d.buf[:])
			d.nb = 0
		}
	}
	for len(p) >= BlockSize {
		d.block(p[:BlockSize])
		p = p[BlockSize:]
	}
	d.nb += copy(d.buf[:], p)
	return n, nil
}

func (d *digest) block(p []byte) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	a, b, c, e := d.s[0], d.s[1], d.s[2], d.s[3]
	for i := 0; i < 64; i++ {
		var f uint32
		var g int
		switch i / 16 {
		case 0:
			f = b&c | ^b&e
			g = i
		case 1:
			f = e&b | ^e&c
			g = (5*i + 1) % 16
		case 2:
			f = b ^ c ^ e
			g = (3*i + 5) % 16
		default:
			f = c ^ (b | ^e)
			g = (7 * i) % 16
		}
		sum := a + f + sineTable[i] + m[g]
		s := shifts[i/16][i%4]
		a, e, c = e, c, b
		b = b + (sum<<s | sum>>(32-s))
	}
	d.s[0] += a
	d.s[1] += b
	d.s[2] += c
	d.s[3] += e
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	sum := c.finish()
	return append(in, sum[:]...)
}

func (d *digest) finish() [Size]byte {
	bits := d.len << 3
	pad := [BlockSize + 8]byte{0x80}
	n := (55-int(d.len%64)+64)%64 + 1
	d.Write(pad[:n])
	binary.LittleEndian.PutUint64(pad[:8], bits)
	d.Write(pad[:8])
	var out [Size]byte
	for i, v := range d.s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}
