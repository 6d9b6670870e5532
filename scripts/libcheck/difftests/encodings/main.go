// Differential test: encoding/hex, encoding/base64, hash/crc32, hash/fnv, hash/adler32.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
	"reflect"
	"strings"

	gbase64 "gotslib/encoding/base64"
	ghex "gotslib/encoding/hex"
	gadler32 "gotslib/hash/adler32"
	gcrc32 "gotslib/hash/crc32"
	gfnv "gotslib/hash/fnv"
	gio "gotslib/io"
	gstrings "gotslib/strings"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 30 {
			fmt.Printf("%s:\n\twant %q\n\tgot  %q\n", what, want, got)
		}
	}
}

func main() {
	datas := [][]byte{nil, {0}, []byte("f"), []byte("fo"), []byte("foo"), []byte("foob"), []byte("fooba"), []byte("foobar"),
		bytes.Repeat([]byte{0xff, 0x00, 0x7f}, 700), []byte("Hello, 世界\n\t\x01")}
	for _, d := range datas {
		check("hex", hex.EncodeToString(d), ghex.EncodeToString(d))
		check("Dump", hex.Dump(d), ghex.Dump(d))
		check("fnv32", func() []byte { h := fnv.New32a(); h.Write(d); return h.Sum(nil) }(), func() []byte { h := gfnv.New32a(); h.Write(d); return h.Sum(nil) }())
		h1, h2 := fnv.New128a(), gfnv.New128a()
		h1.Write(d)
		h2.Write(d)
		check("fnv128a", h1.Sum(nil), h2.Sum(nil))
		h3, h4 := fnv.New64(), gfnv.New64()
		h3.Write(d)
		h4.Write(d)
		check("fnv64", h3.Sum(nil), h4.Sum(nil))
		h5, h6 := fnv.New128(), gfnv.New128()
		h5.Write(d)
		h6.Write(d)
		check("fnv128", h5.Sum(nil), h6.Sum(nil))
		check("crc32", crc32.ChecksumIEEE(d), gcrc32.ChecksumIEEE(d))
		check("crc32c", crc32.Checksum(d, crc32.MakeTable(crc32.Castagnoli)), gcrc32.Checksum(d, gcrc32.MakeTable(gcrc32.Castagnoli)))
		check("adler32", adler32.Checksum(d), gadler32.Checksum(d))
		encs := []struct {
			r *base64.Encoding
			g *gbase64.Encoding
		}{{base64.StdEncoding, gbase64.StdEncoding}, {base64.RawURLEncoding, gbase64.RawURLEncoding}, {base64.StdEncoding.Strict(), gbase64.StdEncoding.Strict()}}
		for _, e := range encs {
			s := e.r.EncodeToString(d)
			check("base64", s, e.g.EncodeToString(d))
			var b1 bytes.Buffer
			w := gbase64.NewEncoder(e.g, &b1)
			for i := 0; i < len(d); i += 7 {
				w.Write(d[i:min(i+7, len(d))])
			}
			w.Close()
			check("base64 stream", s, b1.String())
			r := gbase64.NewDecoder(e.g, gstrings.NewReader(s))
			got, err := gio.ReadAll(r)
			check("base64 stream decode", fmt.Sprint(d, nil), fmt.Sprint(got, err))
		}
	}
	bad := []string{"", "=", "A", "AA", "AA=", "AA==", "AAA=", "AAAA", "AA==AA", "A===", "AB\nCD", "AB\r\nC=", "!!!!", "AAAA\n", "AAB=", "AAC=", "AB==\n\n", "AB=\n="}
	for _, s := range bad {
		for i, e := range []struct {
			r *base64.Encoding
			g *gbase64.Encoding
		}{{base64.StdEncoding, gbase64.StdEncoding}, {base64.RawStdEncoding, gbase64.RawStdEncoding}, {base64.StdEncoding.Strict(), gbase64.StdEncoding.Strict()}} {
			d1, e1 := e.r.DecodeString(s)
			d2, e2 := e.g.DecodeString(s)
			check(fmt.Sprintf("DecodeString %d %q", i, s), fmt.Sprint(d1, e1), fmt.Sprint(d2, e2))
			r1, err1 := io.ReadAll(base64.NewDecoder(e.r, strings.NewReader(s)))
			r2, err2 := gio.ReadAll(gbase64.NewDecoder(e.g, gstrings.NewReader(s)))
			check(fmt.Sprintf("NewDecoder %d %q", i, s), fmt.Sprint(r1, err1), fmt.Sprint(r2, err2))
		}
	}
	for _, s := range []string{"", "0", "00", "0g", "g0", "abcdef", "ABCDEF", "abc", "zz"} {
		d1, e1 := hex.DecodeString(s)
		d2, e2 := ghex.DecodeString(s)
		check("hex decode "+s, fmt.Sprint(d1, e1), fmt.Sprint(d2, e2))
		r1, err1 := io.ReadAll(hex.NewDecoder(strings.NewReader(s)))
		r2, err2 := gio.ReadAll(ghex.NewDecoder(gstrings.NewReader(s)))
		check("hex NewDecoder "+s, fmt.Sprint(r1, err1), fmt.Sprint(r2, err2))
	}
	if fails > 0 {
		os.Exit(1)
	}
}
