package os

import real "os"

func runtime_args() []string { return real.Args }
