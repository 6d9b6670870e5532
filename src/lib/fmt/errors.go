package fmt

import (
	"errors"
)

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	switch len(p.wrappedErrs) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErrs[0]].(error)
		err = w
	default:
		if p.reordered {
			// Insertion sort: few %w verbs, and fmt stays free of generics.
			ws := p.wrappedErrs
			for i := 1; i < len(ws); i++ {
				for j := i; j > 0 && ws[j] < ws[j-1]; j-- {
					ws[j], ws[j-1] = ws[j-1], ws[j]
				}
			}
		}
		var errs []error
		for i, n := range p.wrappedErrs {
			if i > 0 && p.wrappedErrs[i-1] == n {
				continue
			}
			if e, ok := a[n].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	p.free()
	return err
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
