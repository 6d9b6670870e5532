// recover returns the panic value; recover only works in the directly
// deferred call; panic(nil) gives *runtime.PanicNilError; runtime errors are
// runtime.Error; recover after recovery; nested panics.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("  runtime.Error:", re.Error())
		}
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e)
		}
	}()
	f()
}

func helper() interface{} { return recover() }

func indirect() (got interface{}) {
	defer func() {
		got = helper() // not called directly by the deferred function's frame: nil
		if got == nil {
			got = fmt.Sprint("helper got nil; direct got ", recover())
		}
	}()
	panic("indirect")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func nested() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("second")
	}()
	panic("first")
}

func replaced() {
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func continues() int {
	defer func() { recover() }()
	panic("x")
}

func main() {
	catch(func() { panic("a string") })
	catch(func() { panic(42) })
	catch(func() { panic(MyErr{7}) })
	catch(func() { panic(errors.New("plain error")) })
	catch(func() { panic(fmt.Sprintf("formatted %d", 1)) })
	catch(func() { panic(nil) })
	catch(func() {
		var s []int
		_ = s[5]
	})
	catch(func() {
		var m map[string]int
		m["x"] = 1
	})
	catch(func() {
		var p *MyErr
		fmt.Println(p.Code)
	})
	catch(func() {
		var i interface{} = 1
		_ = i.(string)
	})
	catch(func() {
		a := []int{1, 2, 3}
		i := 5
		_ = a[1:i]
	})
	catch(func() {
		x := 0
		_ = 10 / x
	})
	catch(func() {
		var e error
		_ = e.Error()
	})
	func() {
		defer func() {
			r := recover()
			pe, ok := r.(*runtime.PanicNilError)
			fmt.Println(ok, pe.Error(), pe.RuntimeError == nil)
		}()
		panic(nil)
	}()
	fmt.Println(indirect())
	noPanic()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	nested()
	replaced()
	fmt.Println("continues returns", continues())
	fmt.Println("end")
}
