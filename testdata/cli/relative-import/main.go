package main

import "./foo"

func main() { foo.F() }
