"""Richards-style operating-system scheduler simulation.

Six tasks (an idle task, a worker, two packet handlers and two devices)
pass packets to each other through a priority scheduler.  Every task is an
object whose step() method returns the next task to run, so the workload is
dominated by method calls, attribute reads/writes and linked-list walking.

Checksum: the number of packets queued and the number of times a task held
itself, summed over all repetitions.
"""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4
IDLE_COUNT = 10000


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_packet(packet, queue):
    """Appends packet at the tail of queue and returns the new head."""
    packet.link = None
    if queue is None:
        return packet
    tail = queue
    while tail.link is not None:
        tail = tail.link
    tail.link = packet
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None
        sched.add(self)

    def blocked(self):
        return self.held or (self.waiting and self.queue is None)

    def take_packet(self):
        """Returns the packet to run with, or None when not waiting for one."""
        if not self.waiting:
            return None
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.datum = 0
        data = packet.data
        for i in range(BUFSIZE):
            self.letter = (self.letter + 1) % 26
            data[i] = 65 + self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = append_packet(packet, self.work_in)
            else:
                self.device_in = append_packet(packet, self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.send(work)
            device = self.device_in
            if device is not None:
                self.device_in = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return self.sched.send(device)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.pending = None
        self.output = 0

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(pending)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) % 1000003
        return self.sched.hold()


class Scheduler:
    def __init__(self):
        self.table = [None] * 6
        self.tasks = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.table[task.ident] = task
        task.next = self.tasks
        self.tasks = task

    def run(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.step(task.take_packet())

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.table[packet.owner]
        self.queue_count += 1
        packet.owner = self.current.ident
        if target.queue is None:
            packet.link = None
            target.queue = packet
            if target.priority > self.current.priority:
                return target
        else:
            append_packet(packet, target.queue)
        return self.current


def simulate(idle_count):
    sched = Scheduler()
    IdleTask(sched, idle_count)
    work = Packet(Packet(None, IDLE, KIND_WORK), IDLE, KIND_WORK)
    WorkerTask(sched, work)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(sched, HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(sched, HANDLER_B, 3000, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    out = sched.table[DEVICE_A].output * 7 + sched.table[DEVICE_B].output
    return sched.queue_count, sched.hold_count, out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    queued = held = output = 0
    for i in range(n):
        q, h, o = simulate(IDLE_COUNT + i * 10)
        queued += q
        held += h
        output = (output * 17 + o) % 1000000007
    print("richards: %d runs, queued %d, held %d, output %d" % (n, queued, held, output))


main()
