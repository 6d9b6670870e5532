package b

import "example.com/app/a"

func G() { a.F() }
