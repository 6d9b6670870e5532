package strings

import "io"

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	old, new []string
	byFirst  [256][]int
	hasEmpty bool
	empty    int
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		o, n := oldnew[i], oldnew[i+1]
		k := len(r.old)
		r.old = append(r.old, o)
		r.new = append(r.new, n)
		if o == "" {
			if !r.hasEmpty {
				r.hasEmpty, r.empty = true, k
			}
			continue
		}
		r.byFirst[o[0]] = append(r.byFirst[o[0]], k)
	}
	return r
}

// lookup returns the pair that matches at the start of s: the first in
// argument order among the old strings that are prefixes of s.
func (r *Replacer) lookup(s string, ignoreEmpty bool) (k int, ok bool) {
	best := -1
	if len(s) > 0 {
		for _, i := range r.byFirst[s[0]] {
			if HasPrefix(s, r.old[i]) {
				best = i
				break
			}
		}
	}
	if r.hasEmpty && !ignoreEmpty && (best < 0 || r.empty < best) {
		best = r.empty
	}
	return best, best >= 0
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.WriteString(&b, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw, ok := w.(io.StringWriter)
	if !ok {
		sw = stringWriter{w}
	}
	var last, wn int
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		if i != len(s) && !r.hasEmpty && len(r.byFirst[s[i]]) == 0 {
			i++
			continue
		}
		k, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && r.old[k] == ""
		if match {
			wn, err = sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return
			}
			wn, err = sw.WriteString(r.new[k])
			n += wn
			if err != nil {
				return
			}
			i += len(r.old[k])
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return
}

type stringWriter struct{ w io.Writer }

func (w stringWriter) WriteString(s string) (int, error) { return w.w.Write([]byte(s)) }
