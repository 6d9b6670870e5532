// Slice bounds of unsigned 64-bit types are reported unsigned, as gc's
// boundsError does for them (a huge uint64 is not a negative index).
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	var big uint64 = 1<<64 - 1
	var u uint = 1 << 63
	var p uintptr = 7
	var i8 int8 = -1
	try(func() { _ = s[0:big] })
	try(func() { _ = s[big:] })
	try(func() { _ = s[1:2:big] })
	try(func() { _ = str[u:] })
	try(func() { _ = str[:p] })
	try(func() { _ = s[i8:] })
	try(func() { _ = s[big] })
	var a [4]byte
	try(func() { _ = a[2:big] })
	fmt.Println(len(s[uint64(1):uint(3)]), str[uintptr(1):])
}
