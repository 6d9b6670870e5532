package main

import "m/bad"

func main() { bad.F() }
