"""Child process for the kill test: makes edits forever, reporting each one after its call returned."""

import sys

from scorecard_app.core import entities as e
from scorecard_app.store import Store


def main(path: str, cycle_id: str, group_id: str, indicator_id: str, start: int) -> None:
    store = Store.open(path, backups=False)
    n = start
    while True:
        p = store.add(e.Participant(cycle_id, group_id, n))
        store.set_vote(cycle_id, p.id, indicator_id, 1 + n % 5)
        store.update(e.Participant, p.id, gender="female" if n % 2 else "male")
        print(f"{p.id} {1 + n % 5}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
