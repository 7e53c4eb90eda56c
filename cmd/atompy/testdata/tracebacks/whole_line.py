# A call that is the whole line gets no marker.
class Box:
    def open(self):
        raise RuntimeError("stuck")


box = Box()
box.open()
