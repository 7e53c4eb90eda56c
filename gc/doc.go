// Package gc is the guest heap of atompy: guest objects live in an mmap'd
// arena outside the Go heap, are referenced by 64-bit addresses (Addr), never
// by Go pointers, and are reclaimed by a precise, non-moving, stop-the-world
// mark-sweep collector that runs only at safepoints.
//
// # Why an arena
//
// JIT code must load and store guest objects freely, and machine code cannot
// run Go's write barrier; Go's collector must never see a manufactured
// pointer. So objects live in memory Go does not manage: one PROT_NONE
// reservation per process (up to 1 TiB of address space, nothing resident),
// from which each Heap carves its own region (Config.ReserveBytes, default
// 64 GiB, rounded to 64 MiB) and commits 4 MiB steps with mprotect as it
// grows. No Go pointer is ever stored in the arena; all collector metadata
// (spans, bitmaps, page tables) lives on the Go heap, where a stray guest
// store cannot reach it. The raw accessors (Load, Store, Bytes, ...) derive
// every pointer from one package-level unsafe.Pointer with unsafe.Add, so the
// package is vet-clean and checkptr-clean, and they inline to a few instructions.
//
// # Object layout
//
// Every object starts with a two-word header and is at least 16 bytes:
//
//	word 0: bits 0..31 class id (interp/object defines it)
//	        bits 32..39 GC flags (markBit); nobody else touches them
//	        bits 40..63 24 bits for the object layer (UserBits)
//	word 1: the STM word, owned by package stm (offset STMWordOffset)
//
// The words after the header are the object's fields. For a class registered
// ScanAll (the default) each of them may hold a value; for ScanNone (strings,
// big int limbs) none does. A value word is a reference iff IsRef: nonzero
// with its top 16 bits zero, which is where the NaN-boxing of interp/object
// puts arena addresses.
//
// # Size classes and spans
//
// Memory is managed in 8 KiB pages. A small object (up to 32 KiB) is rounded
// up to one of 40 size classes (multiples of 16 up to 128, then four per
// power of two) and lives in a span: 1 to 16 contiguous pages holding slots of
// one class, sized so at most 1/8 of the span is tail waste. A larger object
// gets a span of its own, a run of pages. A process-wide two-level page table
// maps each page to its span; it is how SizeOf, marking and the weak hooks go
// from an address to metadata.
//
// Each span has an allocation bitmap and a list of free runs (maximal ranges
// of free slots). An Allocator, one per guest thread, owns at most one span
// per size class and bump-allocates through one free run at a time: the fast
// path is a bounds check, an add and the header store, with no lock and no
// atomic, which is what the JIT will inline. When a run is exhausted the next
// one of the same span is taken, still without a lock; only when the span is
// exhausted does the Allocator take the heap mutex to get a partially free
// span or carve a new one from the free page pool (first fit, lowest address
// first, growing the frontier if needed). The span's free bytes are counted as
// allocated when it is acquired, and the unused rest is subtracted when it is
// retired, so the pacer sees allocation with one atomic add per span.
//
// Zeroing is lazy: a free run is cleared when an Allocator starts it, unless
// its span is known to be fresh (new pages, or pages returned to the OS, read
// as zero). Allocated memory is always zero except header word 0.
//
// # Marking
//
// Collect is precise. Roots are the words that registered root sets
// (AddRoots) pass to the mark function: frames, globals, handle tables, STM
// logs and backups, JIT exit state; any word may be passed, non-references
// are ignored. Marking uses an explicit stack, never Go recursion, so deep
// lists cannot overflow anything. A word marks an object only if it is a
// reference, falls in this heap's carved pages, maps to a span, is exactly the
// start of a slot and that slot is allocated: interior pointers, stale words,
// pointers to freed slots or into other heaps are ignored without touching the
// memory they point to. The mark bit lives in header word 0. A marked object
// of a ScanAll class has every word from HeaderWords to its allocated size
// scanned the same way; a class with a tracer (SetClassTracer) also reports
// the guest values held by its Go-side state, so handles to Go values are
// traced precisely instead of being roots.
//
// After marking and before sweeping, weak hooks (AddWeakHook) run with an
// isLive predicate, so the object layer can drop handle-table entries of dead
// objects.
//
// # Sweeping
//
// A span with no marked object goes back to the free page pool at once,
// without touching its memory. Otherwise each allocated slot's mark is tested
// and cleared; unmarked slots become free, the free runs are rebuilt and the
// span is listed for reuse. Freed page runs are merged into the pool in one
// sort, then the scavenger returns free pages to the OS (madvise
// MADV_DONTNEED), highest addresses first, keeping only as many dirty free
// pages as the next cycle is expected to allocate. Together with span reuse
// this bounds resident memory by roughly live + trigger bytes (plus
// fragmentation of the live set), however much is allocated in total.
//
// # Pacing
//
// ShouldCollect is one atomic load: allocation since the last collection
// against a trigger. The first trigger is Config.TriggerBytes (32 MiB); after
// a collection it is live*(1+GrowthPercent/100), at least TriggerBytes.
// Allocation never collects: the VM polls ShouldCollect at safepoints
// (bytecode boundaries, JIT loop back-edges), stops the world, and calls
// Collect. Stats reports the counters.
//
// # Guarantees
//
// Objects never move: an Addr is stable for the object's lifetime, so Go code
// may keep Addrs in Go memory as long as a root set reports them. Collect
// assumes the world is stopped: no Allocator of the heap is used concurrently
// and no guest thread runs. Root scans and weak hooks run with the heap locked
// and must not call the Heap's methods. Bytes and Word return Go views of
// arena memory that are valid only until the next safepoint.
//
// # The future STM nursery
//
// DESIGN.md allows a nursery that moves objects still private to their
// transaction. It would be a per-Allocator bump region outside the spans whose
// survivors are copied into spans at commit (their STM word says they are
// private, so no other thread holds their address); everything in this
// package, old objects included, stays non-moving.
//
// # Debugging
//
// Config.Poison fills freed memory with 0xdb bytes (which are not references)
// so that a use after free shows up as garbage instead of stale data; freshly
// allocated memory is zeroed either way. Heap.Check verifies the heap's
// invariants (page table, bitmaps, free runs, counters); the VM runs it after
// every collection when its gc.check knob is set.
package gc
