//go:build ignore

package ign

func F() {}
