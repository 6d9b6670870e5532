// run

//go:build windows || (cgo && linux)

package main

func main() {}
