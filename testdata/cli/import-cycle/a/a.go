package a

import "example.com/app/b"

func F() { b.G() }
