package math

// Natives: what gc's amd64 backend does with single instructions (bit
// moves, SQRTSD, ROUNDSD, VFMADD231SD) and Mod (exact, as Go's). Each
// returns exactly what gc's math function of the same name returns on
// linux/amd64, special cases and NaN bits included.

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with IEEE 754 binary representation b (NaN payloads preserved).
func Float32frombits(b uint32) float32

// Sqrt returns the correctly rounded square root of x (JS Math.sqrt).
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x (JS Math.floor).
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x (JS Math.ceil, keeping -0).
func Ceil(x float64) float64

// Trunc returns the integer value of x (JS Math.trunc, keeping -0).
func Trunc(x float64) float64

// Mod returns the floating-point remainder of x/y, with the sign of x (exactly JS x % y); NaN() (0x7FF8000000000001) if y is 0, x is infinite or either is NaN.
func Mod(x, y float64) float64

// FMA returns x * y + z, computed with only one rounding (as VFMADD231SD: a NaN result is the first NaN operand among x, y, z, quieted, else 0xFFF8000000000000 for 0*Inf or Inf-Inf).
func FMA(x, y, z float64) float64
