package main

import _ "internal/abi"

func main() {}
