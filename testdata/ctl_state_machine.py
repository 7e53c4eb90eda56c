# A state machine driven by a loop with break/continue and exceptions for control.
class Done(Exception):
    pass
transitions = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vend",
    ("vend", "take"): "idle",
    ("ready", "refund"): "idle",
}
def run(events):
    state = "idle"
    log = []
    try:
        for ev in events:
            if ev == "noise":
                continue
            if ev == "stop":
                raise Done(state)
            nxt = transitions.get((state, ev))
            if nxt is None:
                log.append(f"ignored {ev} in {state}")
                continue
            log.append(f"{state} -{ev}-> {nxt}")
            state = nxt
        else:
            log.append("events exhausted")
    except Done as d:
        log.append(f"stopped in {d.args[0]}")
    finally:
        log.append("final " + state)
    return log
for evs in [["coin", "push", "take"], ["push", "coin", "noise", "refund"], ["coin", "stop", "push"]]:
    for line in run(evs):
        print(line)
    print("--")
