package main

import "example.com/app/util"

func main() {
	println(util.Double(21))
}
