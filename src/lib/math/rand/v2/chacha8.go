package rand

import (
	"encoding/binary"
	"errors"
)

// A ChaCha8 is a ChaCha8-based cryptographically strong random number
// generator (the chacha8rand construction: four interleaved ChaCha8
// blocks per refill, rekeyed from its own output every 16 blocks).
type ChaCha8 struct {
	buf     [32]uint64
	key     [4]uint64
	i, n, c uint32
	readBuf [8]byte
	readLen int
}

const (
	ccBlocks = 4  // blocks computed per refill; the counter advances by this
	ccRekey  = 16 // counter value at which the generator rekeys
	ccChunk  = 32 // uint64s per refill
	ccKeyLen = 4  // uint64s of output reserved as the next key
)

// NewChaCha8 returns a new ChaCha8 seeded with the given seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed resets the ChaCha8 to behave the same way as NewChaCha8(seed).
func (c *ChaCha8) Seed(seed [32]byte) {
	for i := range c.key {
		c.key[i] = binary.LittleEndian.Uint64(seed[8*i:])
	}
	c.start(0)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// start fills the buffer for counter value ctr.
func (c *ChaCha8) start(ctr uint32) {
	c.c = ctr
	chachaBlocks(&c.key, &c.buf, ctr)
	c.i = 0
	c.n = ccChunk
	if ctr == ccRekey-ccBlocks {
		c.n = ccChunk - ccKeyLen
	}
}

func (c *ChaCha8) refill() {
	next := c.c + ccBlocks
	if next == ccRekey {
		copy(c.key[:], c.buf[ccChunk-ccKeyLen:])
		next = 0
	}
	c.start(next)
}

// chachaBlocks computes ChaCha8 blocks for counters ctr..ctr+3 under key
// and stores them interleaved: word w of block b is 32-bit lane b of row w,
// rows being 128 bits (two uint64s) wide. Only the key rows get the input
// added back.
func chachaBlocks(key *[4]uint64, buf *[32]uint64, ctr uint32) {
	var out [16][4]uint32
	for lane := uint32(0); lane < 4; lane++ {
		var in [16]uint32
		in[0], in[1], in[2], in[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
		for k := 0; k < 4; k++ {
			in[4+2*k] = uint32(key[k])
			in[5+2*k] = uint32(key[k] >> 32)
		}
		in[12] = ctr + lane
		x := in
		for round := 0; round < 4; round++ {
			quarter(&x, 0, 4, 8, 12)
			quarter(&x, 1, 5, 9, 13)
			quarter(&x, 2, 6, 10, 14)
			quarter(&x, 3, 7, 11, 15)
			quarter(&x, 0, 5, 10, 15)
			quarter(&x, 1, 6, 11, 12)
			quarter(&x, 2, 7, 8, 13)
			quarter(&x, 3, 4, 9, 14)
		}
		for w := 0; w < 16; w++ {
			if w >= 4 && w < 12 {
				x[w] += in[w]
			}
			out[w][lane] = x[w]
		}
	}
	for w := 0; w < 16; w++ {
		buf[2*w] = uint64(out[w][0]) | uint64(out[w][1])<<32
		buf[2*w+1] = uint64(out[w][2]) | uint64(out[w][3])<<32
	}
}

func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<16 | x[d]>>16
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<12 | x[b]>>20
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<8 | x[d]>>24
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<7 | x[b]>>25
}

// Uint64 returns a uniformly distributed random uint64 value.
func (c *ChaCha8) Uint64() uint64 {
	for c.i >= c.n {
		c.refill()
	}
	v := c.buf[c.i&31]
	c.i++
	return v
}

// Read reads exactly len(p) bytes into p. It always returns len(p) and a
// nil error.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		binary.LittleEndian.PutUint64(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		binary.LittleEndian.PutUint64(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return n, nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.readLen > 0 {
		out = append([]byte("readbuf:"), byte(c.readLen))
		out = append(out, c.readBuf[8-c.readLen:]...)
	}
	st := make([]byte, 48)
	copy(st, "chacha8:")
	used := (c.c/ccBlocks)*ccChunk + c.i
	binary.BigEndian.PutUint64(st[8:], uint64(used))
	for i, k := range c.key {
		binary.LittleEndian.PutUint64(st[16+8*i:], k)
	}
	return append(out, st...), nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[8-len(buf):], buf)
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return &chachaError{}
	}
	used := binary.BigEndian.Uint64(data[8:])
	if used > (ccRekey/ccBlocks)*ccChunk-ccKeyLen {
		return &chachaError{}
	}
	for i := range c.key {
		c.key[i] = binary.LittleEndian.Uint64(data[16+8*i:])
	}
	c.start(ccBlocks * (uint32(used) / ccChunk))
	c.i = uint32(used) % ccChunk
	return nil
}

type chachaError struct{}

func (*chachaError) Error() string { return "invalid ChaCha8 encoding" }
