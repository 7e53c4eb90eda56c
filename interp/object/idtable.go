package object

import "sync/atomic"

// idTable maps small dense ids (gc class ids, type indexes) to immutable
// entries, for readers that run in parallel with registration. It is two
// levels of atomic pointers: a fixed array of chunks, each a fixed array of
// entries. A reader costs two loads (plain moves on amd64) and never sees
// an entry half-written: writers fill an entry completely before storing
// the pointer to it, and the race detector sees that store as the release
// that orders the entry's fields before the reader's loads. Chunks never
// move, so a growing table never copies, unlike a copy-on-write slice.
type idTable[T any] struct {
	chunks [idChunks]atomic.Pointer[[idChunkSize]atomic.Pointer[T]]
}

const (
	idChunkBits = 12
	idChunkSize = 1 << idChunkBits
	idChunks    = 1 << 12 // 16M ids
)

// get returns the entry of id, or nil.
func (tb *idTable[T]) get(id uint32) *T {
	c := tb.chunks[id>>idChunkBits].Load()
	if c == nil {
		return nil
	}
	return c[id&(idChunkSize-1)].Load()
}

// set publishes the entry of id. Writers must be serialised by the caller.
func (tb *idTable[T]) set(id uint32, e *T) {
	if id>>idChunkBits >= idChunks {
		panic(NewError(MemoryErrorType, "too many classes (more than %d)", idChunks*idChunkSize))
	}
	p := &tb.chunks[id>>idChunkBits]
	c := p.Load()
	if c == nil {
		c = new([idChunkSize]atomic.Pointer[T])
		p.Store(c)
	}
	c[id&(idChunkSize-1)].Store(e)
}
