package rand

import real "math/rand/v2"

func runtime_rand() uint64 { return real.Uint64() }
