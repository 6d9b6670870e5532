// Package hmac implements the Keyed-Hash Message Authentication Code
// (HMAC) of FIPS 198-1. Pure Go, no natives.
package hmac

import (
	"crypto/subtle"
	"hash"
)

type hmacHash struct {
	inner, outer hash.Hash
	ipad, opad   []byte
}

// New returns a new HMAC hash using the given hash.Hash type and key.
func New(h func() hash.Hash, key []byte) hash.Hash {
	m := &hmacHash{inner: h(), outer: h()}
	if m.inner == m.outer {
		panic("crypto/hmac: hash generation function does not produce unique values")
	}
	bs := m.inner.BlockSize()
	if len(key) > bs {
		m.outer.Write(key)
		key = m.outer.Sum(nil)
	}
	m.ipad = make([]byte, bs)
	m.opad = make([]byte, bs)
	copy(m.ipad, key)
	copy(m.opad, key)
	for i := range m.ipad {
		m.ipad[i] ^= 0x36
		m.opad[i] ^= 0x5c
	}
	m.Reset()
	return m
}

func (h *hmacHash) Write(p []byte) (int, error) { return h.inner.Write(p) }
func (h *hmacHash) Size() int                   { return h.outer.Size() }
func (h *hmacHash) BlockSize() int              { return h.inner.BlockSize() }

func (h *hmacHash) Reset() {
	h.inner.Reset()
	h.inner.Write(h.ipad)
}

func (h *hmacHash) Sum(in []byte) []byte {
	n := len(in)
	in = h.inner.Sum(in)
	h.outer.Reset()
	h.outer.Write(h.opad)
	h.outer.Write(in[n:])
	return h.outer.Sum(in[:n])
}

// Equal compares two MACs for equality without leaking timing
// information.
func Equal(mac1, mac2 []byte) bool {
	return subtle.ConstantTimeCompare(mac1, mac2) == 1
}
