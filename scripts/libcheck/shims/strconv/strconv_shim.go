package strconv

import real "strconv"

func formatFloat(f float64, fmt byte, prec, bitSize int) string {
	return real.FormatFloat(f, fmt, prec, bitSize)
}

func atof(lit string, bitSize int) (float64, bool) {
	f, err := real.ParseFloat(lit, bitSize)
	if err != nil {
		if e, ok := err.(*real.NumError); ok && e.Err == real.ErrRange {
			return f, true
		}
		panic("atof given invalid literal " + lit + ": " + err.Error())
	}
	return f, false
}
