"""Shim case multiprocessing-default-forkserver: "fork" as the default start method on Linux
(3.14 made it "forkserver").

On 3.8 a Process, a Pool and a ProcessPoolExecutor made without an explicit context fork:
a child sees the parent's module state as it is when the child starts, and a Process target
may be a closure (nothing is pickled).  3.8 did not warn.
"""
import concurrent.futures
import multiprocessing

SETTING = "as imported"


def read_setting(_):
    return SETTING


def main():
    global SETTING
    print(multiprocessing.get_start_method(allow_none=True), multiprocessing.get_start_method(),
          multiprocessing.get_all_start_methods()[0])
    SETTING = "changed at run time"

    # A closure as the target: fine with fork, unpicklable for spawn/forkserver.
    queue = multiprocessing.Queue()
    greeting = "hello from the child"
    child = multiprocessing.Process(target=lambda: queue.put((greeting, SETTING)))
    try:
        child.start()
        print(queue.get(timeout=60))
        child.join()
        print("exit code", child.exitcode)
    except Exception as exc:
        print("cannot start:", type(exc).__name__)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(read_setting, range(3)))
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        print(list(executor.map(read_setting, range(2))))
    print(type(multiprocessing.get_context()).__name__, multiprocessing.get_start_method(allow_none=True))

    # An explicit choice still wins.
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(1) as pool:
        print(pool.map(read_setting, range(1)))


if __name__ == "__main__":
    main()
