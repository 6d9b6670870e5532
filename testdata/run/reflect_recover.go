// recover in functions called through reflect: method funcs, method values
// and MakeFunc funcs that are deferred act as the deferred call (reflect's
// frames are wrappers); a func called by such a function cannot recover.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t T) M() { fmt.Println("M", t.n, "recovered", recover()) }

type U uintptr

func (u U) M() { fmt.Println("U.M recovered", recover()) }

type I interface{ M() }

func viaMethodValue() {
	f := reflect.ValueOf(T{1}).Method(0).Interface().(func())
	defer f()
	panic("method value")
}

func viaMethodFunc() {
	f := reflect.TypeOf(T{2}).Method(0).Func.Interface().(func(T))
	defer f(T{2})
	panic("method func")
}

func viaInterface() {
	var i I = U(3)
	defer i.M()
	panic("interface with wrapper")
}

func viaMakeFunc() {
	f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		fmt.Println("MakeFunc recovered", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic("make func")
}

func notDirect() {
	defer func() { fmt.Println("outer recovered", recover()) }()
	inner := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		fmt.Println("inner recovered", recover())
		return nil
	}).Interface().(func())
	outer := reflect.MakeFunc(reflect.TypeOf(func(func()) {}), func(in []reflect.Value) []reflect.Value {
		in[0].Interface().(func())()
		return nil
	}).Interface().(func(func()))
	defer outer(inner)
	panic("not direct")
}

func viaCall() {
	defer func() { fmt.Println("caller recovered", recover()) }()
	defer func() {
		reflect.ValueOf(func() { fmt.Println("called by Call recovered", recover()) }).Call(nil)
	}()
	panic("via Call")
}

func main() {
	viaMethodValue()
	viaMethodFunc()
	viaInterface()
	viaMakeFunc()
	notDirect()
	viaCall()
	fmt.Println("done")
}
