package main

import "example.com/nowhere/pkg"

func main() { pkg.F() }
