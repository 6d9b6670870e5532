// Package sha1 implements the SHA-1 hash algorithm of RFC 3174. Pure Go,
// no natives.
package sha1

import (
	"crypto"
	"encoding/binary"
	"hash"
	"math/bits"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

func init() {
	crypto.RegisterHash(crypto.SHA1, New)
}

type digest struct {
	h   [5]uint32
	buf [BlockSize]byte
	nb  int
	len uint64
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
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
	var w [80]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for i := 16; i < 80; i++ {
		w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
	}
	a, b, c, e, f := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	for i := 0; i < 80; i++ {
		var fn, k uint32
		switch {
		case i < 20:
			fn, k = b&c|^b&e, 0x5A827999
		case i < 40:
			fn, k = b^c^e, 0x6ED9EBA1
		case i < 60:
			fn, k = b&c|b&e|c&e, 0x8F1BBCDC
		default:
			fn, k = b^c^e, 0xCA62C1D6
		}
		t := bits.RotateLeft32(a, 5) + fn + f + k + w[i]
		a, b, c, e, f = t, a, bits.RotateLeft32(b, 30), c, e
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += e
	d.h[4] += f
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	sum := c.finish()
	return append(in, sum[:]...)
}

func (d *digest) finish() [Size]byte {
	bitLen := d.len << 3
	pad := [BlockSize + 8]byte{0x80}
	n := (55-int(d.len%64)+64)%64 + 1
	d.Write(pad[:n])
	binary.BigEndian.PutUint64(pad[:8], bitLen)
	d.Write(pad[:8])
	var out [Size]byte
	for i, v := range d.h {
		binary.BigEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}
