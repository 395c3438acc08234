# A task scheduler with classes, inheritance and method dispatch (after Richards' benchmark).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
K_DEV, K_WORK = 1000, 1001

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is not None
        return p

class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, IDLE, 0, None)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)

class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = self.count
        return self.scheduler.queue_packet(packet)

class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        Task.__init__(self, scheduler, ident, 2000 + ident, queue)
        self.work = None
        self.device = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < 4:
                if self.device is not None:
                    dev = self.device
                    self.device = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.queue_packet(dev)
            else:
                self.work = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait()

class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        Task.__init__(self, scheduler, ident, 4000 + ident, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        self.held = True
        return self

class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if t.queue is None:
            t.queue = packet
            t.waiting = True
            if t.priority > self.current.priority:
                return t
        else:
            t.queue = packet.append_to(t.queue)
        return self.current

    def run(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        while True:
            task = None
            for t in order:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return
            self.current = task
            packet = task.take_packet() if task.waiting and task.queue is not None else None
            task.run(packet)

def richards(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    wq = Packet(None, 0, K_WORK)
    wq = Packet(wq, 0, K_WORK)
    s.add(WorkerTask(s, wq))
    q = Packet(None, DEVICE_A, K_DEV)
    q = Packet(q, DEVICE_A, K_DEV)
    q = Packet(q, DEVICE_A, K_DEV)
    s.add(HandlerTask(s, HANDLER_A, q))
    q = Packet(None, DEVICE_B, K_DEV)
    q = Packet(q, DEVICE_B, K_DEV)
    q = Packet(q, DEVICE_B, K_DEV)
    s.add(HandlerTask(s, HANDLER_B, q))
    s.add(DeviceTask(s, DEVICE_A))
    s.add(DeviceTask(s, DEVICE_B))
    s.run()
    return s.queue_count, s.hold_count

print(richards(10000))
