package main

func f(n int) int {
	if n == 0 {
		return 0
	}
	return f(n-1) + 1
}

func main() { println(f(1000000)) }
