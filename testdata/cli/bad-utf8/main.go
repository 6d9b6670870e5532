package main

func main() {
	s := "ok"
	println(s, ÿ)
}
