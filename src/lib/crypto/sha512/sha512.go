// Package sha512 implements the SHA-384, SHA-512, SHA-512/224 and
// SHA-512/256 hash algorithms of FIPS 180-4. Pure Go, no natives. Round
// constants and the SHA-512/SHA-384 initial values come from
// scripts/gen-hashconst; the SHA-512/t initial values are derived at init
// as the standard prescribes.
package sha512

import (
	"crypto"
	"encoding/binary"
	"hash"
	"math/bits"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64
	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28
	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32
	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48
	// BlockSize is the block size, in bytes, of the SHA-512/224,
	// SHA-512/256, SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

var k = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// sqrtIVs holds the first 64 fractional bits of the square roots of the
// first 16 primes: SHA-512 uses the first 8, SHA-384 the next 8.
var sqrtIVs = [16]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
	0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
	0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
}

var iv512, iv384, iv224, iv256 [8]uint64

func init() {
	copy(iv512[:], sqrtIVs[:8])
	copy(iv384[:], sqrtIVs[8:])
	iv224 = truncIV("SHA-512/224")
	iv256 = truncIV("SHA-512/256")
	crypto.RegisterHash(crypto.SHA384, New384)
	crypto.RegisterHash(crypto.SHA512, New)
	crypto.RegisterHash(crypto.SHA512_224, New512_224)
	crypto.RegisterHash(crypto.SHA512_256, New512_256)
}

// truncIV computes the SHA-512/t initial value: SHA-512 of the name, run
// from the SHA-512 initial value xored with 0xa5 bytes.
func truncIV(name string) [8]uint64 {
	d := &digest{size: Size}
	for i, v := range iv512 {
		d.h[i] = v ^ 0xa5a5a5a5a5a5a5a5
	}
	d.Write([]byte(name))
	d.pad()
	return d.h
}

type digest struct {
	h    [8]uint64
	buf  [BlockSize]byte
	nb   int
	len  uint64
	size int
}

func newDigest(size int) *digest {
	d := &digest{size: size}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(Size) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(Size384) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(Size224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(Size256) }

func (d *digest) Reset() {
	switch d.size {
	case Size384:
		d.h = iv384
	case Size224:
		d.h = iv224
	case Size256:
		d.h = iv256
	default:
		d.h = iv512
	}
	d.nb = 0
	d.len = 0
}

func (d *digest) Size() int      { return d.size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nb > 0 {
		c := copy(d.buf[d.nb:], p)
		d.nb += c
		p = p[c:]
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
	var w [80]uint64
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint64(p[8*i:])
	}
	for i := 16; i < 80; i++ {
		s0 := bits.RotateLeft64(w[i-15], -1) ^ bits.RotateLeft64(w[i-15], -8) ^ w[i-15]>>7
		s1 := bits.RotateLeft64(w[i-2], -19) ^ bits.RotateLeft64(w[i-2], -61) ^ w[i-2]>>6
		w[i] = w[i-16] + s0 + w[i-7] + s1
	}
	a, b, c, e, f, g, h, x := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for i := 0; i < 80; i++ {
		S1 := bits.RotateLeft64(f, -14) ^ bits.RotateLeft64(f, -18) ^ bits.RotateLeft64(f, -41)
		ch := f&g ^ ^f&h
		t1 := x + S1 + ch + k[i] + w[i]
		S0 := bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)
		maj := a&b ^ a&c ^ b&c
		x, h, g, f, e, c, b, a = h, g, f, e+t1, c, b, a, t1+S0+maj
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += e
	d.h[4] += f
	d.h[5] += g
	d.h[6] += h
	d.h[7] += x
}

// pad appends the final padding and length, leaving the result in d.h.
func (d *digest) pad() {
	bitLen := d.len << 3
	var tmp [BlockSize + 16]byte
	tmp[0] = 0x80
	n := (111-int(d.len%128)+128)%128 + 1
	d.Write(tmp[:n])
	binary.BigEndian.PutUint64(tmp[:8], 0)
	binary.BigEndian.PutUint64(tmp[8:16], bitLen)
	d.Write(tmp[:16])
}

func (d *digest) checkSum() [Size]byte {
	d.pad()
	var out [Size]byte
	for i, v := range d.h {
		binary.BigEndian.PutUint64(out[8*i:], v)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	sum := c.checkSum()
	return append(in, sum[:d.size]...)
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	d := newDigest(Size)
	d.Write(data)
	return d.checkSum()
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	d := newDigest(Size384)
	d.Write(data)
	sum := d.checkSum()
	var out [Size384]byte
	copy(out[:], sum[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	d := newDigest(Size224)
	d.Write(data)
	sum := d.checkSum()
	var out [Size224]byte
	copy(out[:], sum[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	d := newDigest(Size256)
	d.Write(data)
	sum := d.checkSum()
	var out [Size256]byte
	copy(out[:], sum[:])
	return out
}
