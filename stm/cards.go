package stm

import (
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// Card marking. A big mutable array (the storage of a list, the entries
// of a dict or set) is one object, so with one STM word per object two
// threads writing different slots of it would conflict, and the first
// write of an attempt would back up the whole array. A carded object
// instead has one STM word per card of CardWords data words, and the
// barriers lock, back up, mark and validate cards: threads touching
// different slots or keys of one big container do not conflict, and a
// write backs up 128 bytes.
//
// Layout of a carded object of s bytes with n cards:
//
//	header word 0   class and user bits: the user bits hold cardsOff, the
//	                offset in words of the card table from the object start
//	header word 1   CardedWord: owner 255, which no transaction has, so the
//	                barrier fast paths always fail on it and the slow paths
//	                look for the card
//	data            words [2, cardsOff): card k covers data words
//	                [2+k*CardWords, 2+(k+1)*CardWords)
//	card table      n entries of two words at cardsOff: the object's own
//	                address (so that a card leads back to its object in
//	                reports) and the card's STM word
//
// A card entry is 16-byte aligned, so it is a "unit" exactly like an
// object: its STM word is at unit+8 and its read marker is the marker of
// its address, which no object start shares. Write sets and commit-log
// entries hold unit identities: an object's address, or a card entry's
// address with the low bit (cardBit) set.

const (
	// CardWords is the number of data words one card covers.
	CardWords = 16
	// cardOwner is the owner byte of CardedWord.
	cardOwner = 255
	// CardedWord is the STM word of a carded object's header.
	CardedWord = uint64(cardOwner) << ownerShift
	// cardBit marks a unit identity as a card entry.
	cardBit = 1
	// maxCardsOff bounds cardsOff (it must fit the 24 user bits).
	maxCardsOff = 1<<24 - 1
)

// CardLayout returns the allocation size of an object with dataWords words
// after its header when it is carded, the offset of its card table in
// words and the number of cards; ok is false when the object is too big to
// card (it then stays a single unit).
func CardLayout(dataWords int) (size uintptr, cardsOff, cards int, ok bool) {
	cardsOff = 2 + dataWords
	cardsOff += cardsOff & 1 // 16-byte aligned entries
	if cardsOff > maxCardsOff {
		return 0, 0, 0, false
	}
	cards = (dataWords + CardWords - 1) / CardWords
	return uintptr(cardsOff+2*cards) * gc.WordSize, cardsOff, cards, true
}

// InitCards turns a freshly allocated object (size from CardLayout) into a
// carded one. Under Parallel the cards start locked by the allocating
// thread, like every fresh object, and are released with it at commit.
func (tx *Tx) InitCards(a gc.Addr, cardsOff, cards int) {
	gc.SetUserBits(a, uint32(cardsOff))
	own := uint64(0)
	if tx != nil && tx.alloc != nil {
		own = tx.alloc.OwnerWord
	}
	for k := 0; k < cards; k++ {
		e := uintptr(cardsOff+2*k) * gc.WordSize
		gc.Store(a, e, uint64(a))
		gc.Store(a, e+gc.WordSize, own)
	}
	gc.Store(a, gc.STMWordOffset, CardedWord)
}

// IsCarded reports whether the object at a has a card table.
func IsCarded(a gc.Addr) bool { return loadWord(a) == CardedWord }

// cardGeometry returns the card table offset (in words) and the number of
// cards of carded object a.
func cardGeometry(a gc.Addr) (cardsOff, cards int) {
	cardsOff = int(gc.UserBits(a))
	return cardsOff, (cardsOff - 2 + CardWords - 1) / CardWords
}

// cardEntry returns the address of card k's entry in carded object a.
func cardEntry(a gc.Addr, cardsOff, k int) gc.Addr {
	return a + gc.Addr(cardsOff+2*k)*gc.WordSize
}

// cardOf returns the entry (without cardBit) of the card of carded object
// a that covers the word at off.
func cardOf(a gc.Addr, off uintptr) gc.Addr {
	cardsOff, cards := cardGeometry(a)
	k := int(off/gc.WordSize-2) / CardWords
	k = min(max(k, 0), cards-1)
	return cardEntry(a, cardsOff, k)
}

// unitFor returns the unit holding the word at off of object a: a itself,
// or, for a carded object, the entry of the card covering off.
func unitFor(a gc.Addr, off uintptr) gc.Addr {
	if loadWord(a) != CardedWord {
		return a
	}
	return cardOf(a, off) | cardBit // header reads go to card 0
}

// unitAddr strips the card bit from a unit identity: the address whose
// word 1 is the unit's STM word.
func unitAddr(u gc.Addr) gc.Addr { return u &^ cardBit }

// isCard reports whether unit identity u is a card entry.
func isCard(u gc.Addr) bool { return u&cardBit != 0 }

// objectOf returns the object a unit belongs to (for reports).
func objectOf(u gc.Addr) gc.Addr {
	if !isCard(u) {
		return u
	}
	return gc.Addr(atomic.LoadUint64(gc.Word(unitAddr(u), 0)))
}

// cardData returns the data words a card entry covers: [from, to) as
// byte offsets within its object o.
func cardData(u gc.Addr) (o gc.Addr, from, to uintptr) {
	e := unitAddr(u)
	o = gc.Addr(atomic.LoadUint64(gc.Word(e, 0)))
	cardsOff, _ := cardGeometry(o)
	k := int(e-o)/gc.WordSize - cardsOff
	k /= 2
	from = uintptr(2+k*CardWords) * gc.WordSize
	to = min(from+CardWords*gc.WordSize, uintptr(cardsOff)*gc.WordSize)
	return o, from, to
}

// units lists every unit of object a (its cards, or a itself).
func units(a gc.Addr) []gc.Addr {
	if loadWord(a) != CardedWord {
		return []gc.Addr{a}
	}
	cardsOff, cards := cardGeometry(a)
	us := make([]gc.Addr, cards)
	for k := range us {
		us[k] = cardEntry(a, cardsOff, k) | cardBit
	}
	return us
}
