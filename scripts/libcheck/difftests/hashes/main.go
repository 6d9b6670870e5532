// Differential test: crypto/md5, crypto/sha1, crypto/sha256, crypto/subtle,
// hash/crc64.
package main

import (
	"bytes"
	"crypto"
	"crypto/md5"
	"crypto/sha512"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"hash"
	"hash/crc64"
	"math/rand"
	"os"

	gmd5 "gotslib/crypto/md5"
	gsha1 "gotslib/crypto/sha1"
	gsha256 "gotslib/crypto/sha256"
	gsubtle "gotslib/crypto/subtle"
	gcrc64 "gotslib/hash/crc64"
	gsha512 "gotslib/crypto/sha512"
	ghmac "gotslib/crypto/hmac"
	gcrypto "gotslib/crypto"
	gmaphash "gotslib/hash/maphash"
)

var fails int

func check(what string, want, got any) {
	if fmt.Sprint(want) != fmt.Sprint(got) {
		fails++
		if fails < 30 {
			fmt.Printf("%s:\n\twant %v\n\tgot  %v\n", what, want, got)
		}
	}
}

func streamed(h hash.Hash, data []byte, rng *rand.Rand) []byte {
	for len(data) > 0 {
		n := rng.Intn(len(data)+1) % 130
		if n == 0 {
			n = 1
		}
		h.Write(data[:n])
		data = data[n:]
	}
	mid := h.Sum([]byte("x"))
	return append(mid, h.Sum(nil)...)
}

func main() {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		data := make([]byte, n)
		rng.Read(data)
		check("md5", md5.Sum(data), gmd5.Sum(data))
		check("sha1", sha1.Sum(data), gsha1.Sum(data))
		check("sha256", sha256.Sum256(data), gsha256.Sum256(data))
		check("sha224", sha256.Sum224(data), gsha256.Sum224(data))
		check("crc64 ISO", crc64.Checksum(data, crc64.MakeTable(crc64.ISO)), gcrc64.Checksum(data, gcrc64.MakeTable(gcrc64.ISO)))
		check("crc64 ECMA", crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)), gcrc64.Checksum(data, gcrc64.MakeTable(gcrc64.ECMA)))
		seed := rng.Int63()
		check("md5 stream", streamed(md5.New(), data, rand.New(rand.NewSource(seed))), streamed(gmd5.New(), data, rand.New(rand.NewSource(seed))))
		check("sha1 stream", streamed(sha1.New(), data, rand.New(rand.NewSource(seed))), streamed(gsha1.New(), data, rand.New(rand.NewSource(seed))))
		check("sha256 stream", streamed(sha256.New(), data, rand.New(rand.NewSource(seed))), streamed(gsha256.New(), data, rand.New(rand.NewSource(seed))))
		check("sha224 stream", streamed(sha256.New224(), data, rand.New(rand.NewSource(seed))), streamed(gsha256.New224(), data, rand.New(rand.NewSource(seed))))
		check("crc64 stream", streamed(crc64.New(crc64.MakeTable(crc64.ECMA)), data, rand.New(rand.NewSource(seed))), streamed(gcrc64.New(gcrc64.MakeTable(gcrc64.ECMA)), data, rand.New(rand.NewSource(seed))))
	}
	h1, h2 := sha256.New224(), gsha256.New224()
	check("sizes", []int{h1.Size(), h1.BlockSize(), md5.New().Size(), sha1.New().Size()}, []int{h2.Size(), h2.BlockSize(), gmd5.New().Size(), gsha1.New().Size()})
	for _, p := range [][2][]byte{{nil, nil}, {[]byte("a"), []byte("a")}, {[]byte("ab"), []byte("ac")}, {[]byte("a"), []byte("ab")}} {
		check("ConstantTimeCompare", subtle.ConstantTimeCompare(p[0], p[1]), gsubtle.ConstantTimeCompare(p[0], p[1]))
	}
	for _, xy := range [][2]int{{0, 0}, {1, 2}, {2, 1}, {5, 5}, {0, 1 << 30}, {1<<31 - 1, 0}} {
		x, y := xy[0], xy[1]
		check("LessOrEq", subtle.ConstantTimeLessOrEq(x, y), gsubtle.ConstantTimeLessOrEq(x, y))
		check("Eq", subtle.ConstantTimeEq(int32(x), int32(y)), gsubtle.ConstantTimeEq(int32(x), int32(y)))
		check("ByteEq", subtle.ConstantTimeByteEq(uint8(x), uint8(y)), gsubtle.ConstantTimeByteEq(uint8(x), uint8(y)))
		check("Select", []int{subtle.ConstantTimeSelect(1, x, y), subtle.ConstantTimeSelect(0, x, y)}, []int{gsubtle.ConstantTimeSelect(1, x, y), gsubtle.ConstantTimeSelect(0, x, y)})
	}
	a, b := []byte("hello"), []byte("world")
	d1, d2 := make([]byte, 5), make([]byte, 5)
	check("XORBytes", subtle.XORBytes(d1, a, b), gsubtle.XORBytes(d2, a, b))
	check("XORBytes dst", d1, d2)
	c1, c2 := []byte("aaaaa"), []byte("aaaaa")
	subtle.ConstantTimeCopy(1, c1, b)
	gsubtle.ConstantTimeCopy(1, c2, b)
	check("Copy", c1, c2)
	if !bytes.Equal(c1, c2) {
		fails++
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}

func init() {
	// hash/maphash: values are process-specific; check the invariants.
	s := gmaphash.MakeSeed()
	var h gmaphash.Hash
	h.SetSeed(s)
	h.WriteString("hel")
	h.Write([]byte("l"))
	h.WriteByte('o')
	if h.Sum64() != gmaphash.String(s, "hello") || gmaphash.Bytes(s, []byte("hello")) != gmaphash.String(s, "hello") {
		fmt.Println("maphash: chunking changes the hash")
		fails++
	}
	if gmaphash.String(s, "a") == gmaphash.String(s, "b") || gmaphash.String(s, "") == gmaphash.String(s, "\x00") {
		fmt.Println("maphash: collision on trivial inputs")
		fails++
	}
	h.Reset()
	if h.Sum64() != gmaphash.String(s, "") || len(h.Sum(nil)) != 8 {
		fmt.Println("maphash: Reset")
		fails++
	}
	var z gmaphash.Hash
	z.WriteString("x")
	if z.Sum64() != gmaphash.String(z.Seed(), "x") {
		fmt.Println("maphash: zero Hash")
		fails++
	}
	func() {
		defer func() {
			check("maphash zero seed panic", "maphash: use of uninitialized Seed", fmt.Sprint(recover()))
		}()
		gmaphash.String(gmaphash.Seed{}, "x")
	}()
}

func init() {
	for h := crypto.Hash(0); h < 22; h++ {
		check("Hash.String", h.String(), gcrypto.Hash(h).String())
		if h > 0 && h < 20 {
			check("Hash.Size", h.Size(), gcrypto.Hash(h).Size())
		}
	}
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA224, crypto.SHA256} {
		check("Available", h.Available(), gcrypto.Hash(h).Available())
		x, y := h.New(), gcrypto.Hash(h).New()
		x.Write([]byte("abc"))
		y.Write([]byte("abc"))
		check("registered "+h.String(), x.Sum(nil), y.Sum(nil))
	}
	check("Available SHA512", true, gcrypto.SHA512.Available())
}

func init() {
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 300; n += 7 {
		data := make([]byte, n)
		rng.Read(data)
		check("sha512", sha512.Sum512(data), gsha512.Sum512(data))
		check("sha384", sha512.Sum384(data), gsha512.Sum384(data))
		check("sha512/224", sha512.Sum512_224(data), gsha512.Sum512_224(data))
		check("sha512/256", sha512.Sum512_256(data), gsha512.Sum512_256(data))
		seed := rng.Int63()
		check("sha384 stream", streamed(sha512.New384(), data, rand.New(rand.NewSource(seed))), streamed(gsha512.New384(), data, rand.New(rand.NewSource(seed))))
		key := data[:n/3]
		m1 := hmac.New(sha256.New, key)
		m2 := ghmac.New(gsha256.New, key)
		check("hmac-sha256", streamed(m1, data, rand.New(rand.NewSource(seed))), streamed(m2, data, rand.New(rand.NewSource(seed))))
		m3 := hmac.New(sha512.New, key)
		m4 := ghmac.New(gsha512.New, key)
		m3.Write(data)
		m4.Write(data)
		check("hmac-sha512", m3.Sum(nil), m4.Sum(nil))
		m4.Reset()
		m4.Write(data)
		check("hmac reset", m3.Sum(nil), m4.Sum(nil))
		check("hmac.Equal", hmac.Equal(data, key), ghmac.Equal(data, key))
	}
	check("sha512 registered", gcrypto.SHA384.Available(), true)
}
