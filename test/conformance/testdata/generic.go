// run -goexperiment rangefunc -t 30

//go:build amd64

// A fixture for runner.test.ts: declares type parameters.

package main

type List[T any] struct{ next *List[T] }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {}
