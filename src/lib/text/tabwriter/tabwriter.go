// Package tabwriter implements a write filter (tabwriter.Writer) that
// translates tabbed columns in input into properly aligned text, using the
// Elastic Tabstops algorithm: a column block is a run of consecutive lines
// with a cell in that column, and its width is that of its widest cell.
// No natives.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// A cell is text terminated by a tab (or the end of its line).
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that inserts padding around tab-delimited columns in
// its input to align them in the output.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	pos     int
	cell    cell
	endChar byte
	lines   [][]cell
	widths  []int
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';')
	// as single characters (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments instead of passing
	// them through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content.
	AlignRight

	// Handle empty columns as if they were not present in the input in the first
	// place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of leading empty
	// cells on the left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting).
	Debug
)

// To escape a text segment, bracket it with Escape characters.
const Escape = '\xff'

func (b *Writer) newLine(flushed bool) {
	b.lines = append(b.lines, nil)
	if !flushed && len(b.lines) >= 2 {
		b.lines[len(b.lines)-1] = make([]cell, 0, len(b.lines[len(b.lines)-2]))
	}
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.newLine(true)
}

// Init initializes a Writer: minwidth is the minimal cell width including
// padding, tabwidth the width of tab characters (for padding with tabs),
// padding the padding added to a cell before computing its width, padchar the
// padding character (with '\t' the Writer assumes tabs of width tabwidth and
// cells are left-aligned), and flags the formatting control.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// writeError carries an error of the output through a panic.
type writeError struct {
	err error
}

func (b *Writer) emit(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

func (b *Writer) emitN(src []byte, n int) {
	for n > len(src) {
		b.emit(src)
		n -= len(src)
	}
	b.emit(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// pad fills a cell of text width textw to width cellw.
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.emitN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.emitN(b.padbytes[:], cellw-textw)
}

// output writes lines [from, to) with the current column widths, from buffer
// position pos, and returns the position after them.
func (b *Writer) output0(pos, from, to int) int {
	for i := from; i < to; i++ {
		useTabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.emit(vbar)
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			text := b.buf[pos : pos+c.size]
			pos += c.size
			if b.flags&AlignRight == 0 {
				b.emit(text)
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
				b.emit(text)
			}
		}
		if i+1 == len(b.lines) {
			b.emit(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.emit(newline)
		}
	}
	return pos
}

// format writes lines [from, to), whose columns before len(b.widths) are
// already sized: each block of consecutive lines with a cell in the next
// column gets that column's width, recursively.
func (b *Writer) format(pos, from, to int) int {
	column := len(b.widths)
	for i := from; i < to; i++ {
		if column >= len(b.lines[i])-1 {
			continue
		}

		pos = b.output0(pos, from, i)
		from = i
		width := b.minwidth
		discardable := true
		for ; i < to; i++ {
			line := b.lines[i]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, from, i)
		b.widths = b.widths[:len(b.widths)-1]
		from = i
	}
	return b.output0(pos, from, to)
}

func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

func (b *Writer) countWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape accounts for the width of the escaped text just completed.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case '>':
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// endCell terminates the current cell and returns the number of cells on the
// current line.
func (b *Writer) endCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

func (b *Writer) recoverFrom(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush should be called after the last call to Write to ensure that any data
// buffered in the Writer is written to output.
func (b *Writer) Flush() error {
	var err error
	func() {
		defer b.recoverFrom(&err, "Flush")
		b.flushAll()
	}()
	return err
}

func (b *Writer) flushAll() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverFrom(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.appendText(buf[n:i])
				b.countWidth()
				n = i + 1
				ncells := b.endCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.newLine(ch == '\f')

					if ch == '\f' || ncells == 1 {
						b.flushAll()
						if ch == '\f' && b.flags&Debug != 0 {
							b.emit(hbar)
						}
					}
				}
			case Escape:
				b.appendText(buf[n:i])
				b.countWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.appendText(buf[n:i])
					b.countWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.appendText(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.appendText(buf[n:])
	n = len(buf)
	return
}
