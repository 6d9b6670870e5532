// Package unique provides facilities for canonicalizing ("interning")
// comparable values: equal values get the same Handle. Handles stay alive
// for the whole run (no weak references here). No natives.
package unique

import "sync"

// Handle is a globally unique identity for some value of type T. Two
// handles compare equal exactly if the two values used to create the
// handles would have also compared equal.
type Handle[T comparable] struct {
	value *T
}

// Value returns a shallow copy of the T value that produced the Handle.
func (h Handle[T]) Value() T { return *h.value }

var (
	mu     sync.Mutex
	values = map[any]any{} // value (of each type T) -> *T
)

// Make returns a globally unique handle for a value of type T.
func Make[T comparable](value T) Handle[T] {
	mu.Lock()
	defer mu.Unlock()
	if p, ok := values[value]; ok {
		return Handle[T]{p.(*T)}
	}
	p := new(T)
	*p = value
	values[value] = p
	return Handle[T]{p}
}
