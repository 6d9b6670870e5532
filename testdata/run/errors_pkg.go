// The error interface, errors.New/Is/As/Unwrap/Join, fmt.Errorf with %w,
// custom error types.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Code  int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

type TempErr struct{ err error }

func (t TempErr) Error() string   { return "temporary: " + t.err.Error() }
func (t TempErr) Unwrap() error   { return t.err }
func (t TempErr) Temporary() bool { return true }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

func find(key string) error {
	if key == "" {
		return &ValidationError{"key", 42}
	}
	if key != "present" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func mayFail(fail bool) error {
	var p *ValidationError
	if fail {
		p = &ValidationError{"x", 1}
	}
	return p // non-nil interface even when p is nil
}

func main() {
	for _, k := range []string{"present", "absent", ""} {
		err := find(k)
		fmt.Println(k, err, err == nil, errors.Is(err, ErrNotFound))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation:", ve.Field, ve.Code)
		}
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", io.EOF))
	fmt.Println(wrapped, errors.Is(wrapped, io.EOF), errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(errors.Unwrap(wrapped))))
	fmt.Println(fmt.Errorf("no wrap: %v", io.EOF), errors.Unwrap(fmt.Errorf("no wrap: %v", io.EOF)) == nil)
	multi := fmt.Errorf("two: %w and %w", io.EOF, ErrNotFound)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, ErrNotFound), errors.Unwrap(multi) == nil)
	joined := errors.Join(io.EOF, nil, ErrNotFound)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", joined.Error())
	te := TempErr{io.ErrUnexpectedEOF}
	var err error = fmt.Errorf("read: %w", te)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(err, &tmp), tmp != nil && tmp.Temporary())
	var target TempErr
	fmt.Println(errors.As(err, &target), target.err)
	// custom Is
	fmt.Println(errors.Is(codeErr(5), codeErr(0)), errors.Is(codeErr(5), codeErr(5)), errors.Is(codeErr(5), codeErr(6)))
	// typed nil pointer in error interface
	err = mayFail(false)
	fmt.Println(err == nil, err != nil)
	err = mayFail(true)
	fmt.Println(err)
	// os errors
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	// printing errors with verbs
	fmt.Printf("%v|%s|%q|%+v|%T\n", ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound)
	fmt.Printf("%v %T\n", &ValidationError{"f", 2}, &ValidationError{})
	var nilErr error
	fmt.Printf("%v %T\n", nilErr, nilErr)
	fmt.Println(nilErr)
}
