// The import paths of Go 1.23's standard library, as listed by
// `go list std` with Go 1.23 (vendored paths left out). The loader uses it to
// tell "a package real Go has but gots does not provide yet" apart from "not
// a standard package at all", and to recognise internal std packages.
// Regenerate with scripts/gen-stdpkgs.sh.

export const goStdPackages: ReadonlySet<string> = new Set(
  `
archive/tar archive/zip bufio bytes cmp compress/bzip2 compress/flate compress/gzip compress/lzw
compress/zlib container/heap container/list container/ring context crypto crypto/aes crypto/cipher
crypto/des crypto/dsa crypto/ecdh crypto/ecdsa crypto/ed25519 crypto/elliptic crypto/hmac
crypto/internal/alias crypto/internal/bigmod crypto/internal/boring crypto/internal/boring/bbig
crypto/internal/boring/bcache crypto/internal/boring/sig crypto/internal/cryptotest
crypto/internal/edwards25519 crypto/internal/edwards25519/field crypto/internal/hpke
crypto/internal/mlkem768 crypto/internal/nistec crypto/internal/nistec/fiat
crypto/internal/randutil crypto/md5 crypto/rand crypto/rc4 crypto/rsa crypto/sha1 crypto/sha256
crypto/sha512 crypto/subtle crypto/tls crypto/x509 crypto/x509/pkix database/sql
database/sql/driver debug/buildinfo debug/dwarf debug/elf debug/gosym debug/macho debug/pe
debug/plan9obj embed embed/internal/embedtest encoding encoding/ascii85 encoding/asn1
encoding/base32 encoding/base64 encoding/binary encoding/csv encoding/gob encoding/hex
encoding/json encoding/pem encoding/xml errors expvar flag fmt go/ast go/build go/build/constraint
go/constant go/doc go/doc/comment go/format go/importer go/internal/gccgoimporter
go/internal/gcimporter go/internal/srcimporter go/internal/typeparams go/parser go/printer
go/scanner go/token go/types go/version hash hash/adler32 hash/crc32 hash/crc64 hash/fnv
hash/maphash html html/template image image/color image/color/palette image/draw image/gif
image/internal/imageutil image/jpeg image/png index/suffixarray internal/abi internal/asan
internal/bisect internal/buildcfg internal/bytealg internal/byteorder internal/cfg
internal/chacha8rand internal/concurrent internal/coverage internal/coverage/calloc
internal/coverage/cfile internal/coverage/cformat internal/coverage/cmerge
internal/coverage/decodecounter internal/coverage/decodemeta internal/coverage/encodecounter
internal/coverage/encodemeta internal/coverage/pods internal/coverage/rtcov
internal/coverage/slicereader internal/coverage/slicewriter internal/coverage/stringtab
internal/coverage/test internal/coverage/uleb128 internal/cpu internal/dag internal/diff
internal/filepathlite internal/fmtsort internal/fuzz internal/goarch internal/godebug
internal/godebugs internal/goexperiment internal/goos internal/goroot internal/gover
internal/goversion internal/itoa internal/lazyregexp internal/lazytemplate internal/msan
internal/nettrace internal/obscuretestdata internal/oserror internal/pkgbits internal/platform
internal/poll internal/profile internal/profilerecord internal/race internal/reflectlite
internal/runtime/atomic internal/runtime/exithook internal/runtime/syscall internal/saferio
internal/singleflight internal/stringslite internal/syscall/execenv internal/syscall/unix
internal/sysinfo internal/testenv internal/testlog internal/testpty internal/trace
internal/trace/event internal/trace/event/go122 internal/trace/internal/oldtrace
internal/trace/internal/testgen/go122 internal/trace/raw internal/trace/testtrace
internal/trace/traceviewer internal/trace/traceviewer/format internal/trace/version internal/txtar
internal/types/errors internal/unsafeheader internal/weak internal/xcoff internal/zstd io io/fs
io/ioutil iter log log/internal log/slog log/slog/internal log/slog/internal/benchmarks
log/slog/internal/buffer log/slog/internal/slogtest log/syslog maps math math/big math/bits
math/cmplx math/rand math/rand/v2 mime mime/multipart mime/quotedprintable net net/http
net/http/cgi net/http/cookiejar net/http/fcgi net/http/httptest net/http/httptrace
net/http/httputil net/http/internal net/http/internal/ascii net/http/internal/testcert
net/http/pprof net/internal/cgotest net/internal/socktest net/mail net/netip net/rpc
net/rpc/jsonrpc net/smtp net/textproto net/url os os/exec os/exec/internal/fdtest os/signal os/user
path path/filepath plugin reflect reflect/internal/example1 reflect/internal/example2 regexp
regexp/syntax runtime runtime/cgo runtime/coverage runtime/debug runtime/internal/math
runtime/internal/startlinetest runtime/internal/sys runtime/internal/wasitest runtime/metrics
runtime/pprof runtime/race runtime/race/internal/amd64v1 runtime/trace slices sort strconv strings
structs sync sync/atomic syscall testing testing/fstest testing/internal/testdeps testing/iotest
testing/quick testing/slogtest text/scanner text/tabwriter text/template text/template/parse time
time/tzdata unicode unicode/utf16 unicode/utf8 unique unsafe
`
    .trim()
    .split(/\s+/),
);
