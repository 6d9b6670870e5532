package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

var (
	allPoolsMu Mutex
	allPools   []*Pool
	cleanupOn  bool
)

func poolCleanup() {
	for _, p := range allPools {
		p.items = nil
	}
	allPools = nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.items == nil {
		allPoolsMu.Lock()
		if !cleanupOn {
			cleanupOn = true
			registerPoolCleanup(poolCleanup)
		}
		allPools = append(allPools, p)
		allPoolsMu.Unlock()
	}
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller.
func (p *Pool) Get() any {
	p.mu.Lock()
	var x any
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
