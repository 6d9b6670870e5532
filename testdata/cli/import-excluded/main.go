package main

import "m/ign"

func main() { ign.F() }
