package builtins

import "atompy.dev/atompy/interp/object"

// bytesOf returns the contents of a bytes or bytearray value (or an
// instance of a subclass of either).
func bytesOf(t *object.Thread, v Value) ([]byte, bool) {
	v = object.Payload(t, v)
	if !object.IsInstance(v, object.BytesType) && !object.IsInstance(v, object.ByteArrayType) {
		return nil, false
	}
	items, err := object.Collect(t, v)
	if err != nil {
		return nil, false
	}
	b := make([]byte, len(items))
	for i, x := range items {
		n, _ := object.IntValue(x)
		b[i] = byte(n)
	}
	return b, true
}
