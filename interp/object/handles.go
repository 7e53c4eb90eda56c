package object

import (
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// The handle table lets heap objects refer to Go values (code objects,
// built-in functions, generator frames), which may never be stored in the
// heap themselves: a heap object stores the handle, a small int.
//
// A handle is either immortal (owner 0: code objects and built-in functions
// live as long as the program) or owned by one heap object; a weak hook run
// by the collector after marking frees the handles whose owner died.
type handleEntry struct {
	obj   any
	owner gc.Addr
}

var (
	handleMu   sync.Mutex          // serialises writers
	handleTab  = []handleEntry{{}} // handle 0 is invalid
	handleFree []int
	// handleView is handleTab as last published for lock-free readers:
	// growing the table copies it, so a reader's slice never changes
	// under it, and an entry is written before its handle is handed out.
	handleView atomic.Pointer[[]handleEntry]
)

func publishHandles() { v := handleTab; handleView.Store(&v) }

// NewHandle registers obj and returns its handle. owner is the heap object
// whose death frees the handle, or 0 for an immortal handle.
func NewHandle(obj any, owner gc.Addr) int {
	handleMu.Lock()
	defer handleMu.Unlock()
	if n := len(handleFree); n > 0 {
		h := handleFree[n-1]
		handleFree = handleFree[:n-1]
		handleTab[h] = handleEntry{obj, owner}
		publishHandles() // the release that orders the entry before lock-free readers
		return h
	}
	handleTab = append(handleTab, handleEntry{obj, owner})
	publishHandles()
	return len(handleTab) - 1
}

// Handle returns the Go value registered under h. It takes no lock: h
// was handed out after its entry was written, and a live handle's entry
// does not change.
func Handle(h int) any {
	if v := handleView.Load(); v != nil && h < len(*v) {
		return (*v)[h].obj
	}
	handleMu.Lock()
	o := handleTab[h].obj
	handleMu.Unlock()
	return o
}

// SetHandleOwner ties handle h to the lifetime of the heap object owner.
func SetHandleOwner(h int, owner gc.Addr) {
	handleMu.Lock()
	handleTab[h].owner = owner
	handleMu.Unlock()
}

// sweepHandles frees the handles of dead owners; it is the heap's weak hook.
func sweepHandles(isLive func(gc.Addr) bool) {
	handleMu.Lock()
	defer handleMu.Unlock()
	for h := 1; h < len(handleTab); h++ {
		e := &handleTab[h]
		if e.owner != 0 && !isLive(e.owner) {
			*e = handleEntry{}
			handleFree = append(handleFree, h)
		}
	}
}

// HandleValues reports the Go values of live handles to f (used by the
// interpreter to scan the guest values held by suspended generator frames).
func HandleValues(f func(obj any)) {
	handleMu.Lock()
	defer handleMu.Unlock()
	for _, e := range handleTab {
		if e.obj != nil {
			f(e.obj)
		}
	}
}
