// Differential test: text/tabwriter.
package main

import (
	"bytes"
	"fmt"
	"os"
	"text/tabwriter"

	gtabwriter "gotslib/text/tabwriter"
)

func main() {
	inputs := []string{
		"a\tb\tc\naa\tbbb\tc\naaa\tb\n",
		"x\ty\nno tabs\nz\tw\n\tindented\n\t\tmore\n",
		"a\tb\t\n\tc\t\nd\t\t\n",
		"héllo\twörld\n日本\t語\n",
		"a\vb\vc\naaaa\vb\n",
		"a\tb\fc\td\n",
		"<b>bold</b>\t&amp;\tx\n\xffesc\taped\xff\ty\n",
		"trailing\tcell",
		"",
		"1\t2\t3\t4\n10\t20\t30\t40\n100\t200\t300\t400\n",
		"\t\t\n\t\t\n",
	}
	configs := []struct {
		minw, tabw, pad int
		padc            byte
		flags           uint
	}{
		{0, 8, 1, ' ', 0}, {5, 0, 2, '.', tabwriter.AlignRight}, {0, 4, 0, '\t', 0}, {2, 8, 1, '-', tabwriter.Debug},
		{0, 8, 1, ' ', tabwriter.DiscardEmptyColumns}, {0, 8, 1, ' ', tabwriter.TabIndent}, {0, 8, 1, ' ', tabwriter.FilterHTML | tabwriter.StripEscape},
		{1, 8, 3, '*', tabwriter.Debug | tabwriter.AlignRight | tabwriter.DiscardEmptyColumns},
	}
	fails := 0
	for _, in := range inputs {
		for _, c := range configs {
			var b1, b2 bytes.Buffer
			w1 := tabwriter.NewWriter(&b1, c.minw, c.tabw, c.pad, c.padc, c.flags)
			w2 := gtabwriter.NewWriter(&b2, c.minw, c.tabw, c.pad, c.padc, c.flags)
			// Write in pieces to exercise buffering.
			for i := 0; i < len(in); i += 3 {
				w1.Write([]byte(in[i:min(i+3, len(in))]))
				w2.Write([]byte(in[i:min(i+3, len(in))]))
			}
			w1.Flush()
			w2.Flush()
			if b1.String() != b2.String() {
				fails++
				fmt.Printf("%q %+v:\n\twant %q\n\tgot  %q\n", in, c, b1.String(), b2.String())
			}
		}
	}
	if fails > 0 {
		os.Exit(1)
	}
}
