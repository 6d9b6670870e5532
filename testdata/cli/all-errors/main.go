package main

func main() {
	var v1 int
	var v2 int
	var v3 int
	var v4 int
	var v5 int
	var v6 int
	var v7 int
	var v8 int
	var v9 int
	var v10 int
	var v11 int
}
