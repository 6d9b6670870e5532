package main

func main() {
	n := 62
	b := make([]byte, 1<<n)
	println(len(b))
}
