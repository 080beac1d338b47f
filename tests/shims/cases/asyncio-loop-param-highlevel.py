"""Shim case asyncio-loop-param-highlevel: loop= of asyncio's high-level functions (removed
in 3.10): sleep, gather, shield, wait, wait_for, as_completed, the streams helpers and the
subprocess helpers.

Old code threaded its loop through every call.  On 3.8 each loop= (not None) warned
DeprecationWarning, except gather() given awaitables (it warned only with none); coroutine
functions warned when their body started, i.e. at the `await` line when awaited, or from
asyncio's own file when handed to run_until_complete() directly (only the file is printed
then); as_completed() warned at its first step, twice from asyncio's own files and once at the
caller.  For calls where 3.8 did not warn, no warnings are printed.
"""
import asyncio
import os
import sys
import warnings

ME = os.path.basename(__file__)


def here():
    return sys._getframe(1).f_lineno


def where(caught, base=None):
    out = []
    for w in caught:
        name = os.path.basename(w.filename)
        if name == ME and base is not None:
            out.append((issubclass(w.category, DeprecationWarning), name, w.lineno - base))
        else:
            out.append((issubclass(w.category, DeprecationWarning), name))
    return out


class Recorder:
    def __enter__(self):
        self._cm = warnings.catch_warnings(record=True)
        self.caught = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


async def work(x, delay=0.0):
    await asyncio.sleep(delay)
    return x * 10


async def fails():
    await asyncio.sleep(0)
    raise KeyError("boom")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

print("== handed to run_until_complete")
with Recorder() as r:
    print(loop.run_until_complete(asyncio.sleep(0.001, "slept", loop=loop)))
print("sleep:", where(r.caught))
with Recorder() as r:
    print(loop.run_until_complete(asyncio.wait_for(work(2), 5, loop=loop)))
print("wait_for:", where(r.caught))
with Recorder() as r:
    done, pending = loop.run_until_complete(asyncio.wait([asyncio.ensure_future(work(3), loop=loop)], loop=loop))
print("wait:", [t.result() for t in done], len(pending), where(r.caught))
with Recorder() as r:
    print(loop.run_until_complete(asyncio.gather(work(4), work(5), fails(), loop=loop,
                                                 return_exceptions=True)))
with Recorder() as r:
    base = here(); empty = asyncio.gather(loop=loop)
print("empty gather:", loop.run_until_complete(empty), empty.get_loop() is loop, where(r.caught, base))
with Recorder() as r:
    base = here(); shielded = asyncio.shield(work(6), loop=loop)
print("shield:", type(shielded).__name__, loop.run_until_complete(shielded), where(r.caught, base))


print("== inside the loop")


async def main():
    with Recorder() as r:
        base = here(); value = await asyncio.sleep(0.001, "slept", loop=loop)
    print("sleep:", value, where(r.caught, base))
    with Recorder() as r:
        value = await asyncio.sleep(0, "now", loop=loop)
    print("sleep(0):", value)

    with Recorder() as r:
        base = here(); value = await asyncio.wait_for(work(7), 5, loop=loop)
    print("wait_for:", value, where(r.caught, base))
    with Recorder() as r:
        try:
            base = here(); await asyncio.wait_for(work(8, 10), 0.01, loop=loop)
        except asyncio.TimeoutError:
            print("wait_for timed out:", where(r.caught, base))

    with Recorder() as r:
        t1 = asyncio.ensure_future(work(1), loop=loop)
        t2 = asyncio.ensure_future(work(2, 10), loop=loop)
        base = here(); done, pending = await asyncio.wait([t1, t2], loop=loop, timeout=0.05)
    print("wait:", [t.result() for t in done], len(pending), where(r.caught, base))
    with Recorder() as r:
        base = here(); done, pending = await asyncio.wait({t2, asyncio.ensure_future(work(3))}, loop=loop, return_when=asyncio.FIRST_COMPLETED)
    print("wait first:", [t.result() for t in done], len(pending), where(r.caught, base))
    t2.cancel()

    with Recorder() as r:
        results = await asyncio.gather(work(1), work(2), loop=loop)
    print("gather:", results)

    with Recorder() as r:
        base = here(); shielded = asyncio.shield(work(9), loop=loop)
        value = await shielded
    print("shield:", value, where(r.caught, base))

    with Recorder() as r:
        results = []
        base = here(); it = asyncio.as_completed([work(3, 0.02), work(1), work(2, 0.01)], loop=loop)
        count = len(r.caught)
        for future in it:
            results.append(await future)
    print("as_completed:", results, count, where(r.caught[:2]), where(r.caught[2:], base))

    served = []

    async def handle(reader, writer):
        line = await reader.readline()
        served.append(line)
        writer.write(line.upper())
        await writer.drain()
        writer.close()

    with Recorder() as r:
        base = here(); server = await asyncio.start_server(handle, "127.0.0.1", 0, loop=loop)
        port = server.sockets[0].getsockname()[1]
        base2 = here(); reader, writer = await asyncio.open_connection("127.0.0.1", port, loop=loop)
    writer.write(b"hello\n")
    print("streams:", await reader.readline(), served, where(r.caught[:1], base), where(r.caught[1:], base2))
    writer.close()
    server.close()
    await server.wait_closed()

    if hasattr(asyncio, "start_unix_server"):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "sock")
            with Recorder() as r:
                base = here(); server = await asyncio.start_unix_server(handle, path, loop=loop)
                base2 = here(); reader, writer = await asyncio.open_unix_connection(path, loop=loop)
            writer.write(b"unix\n")
            print("unix streams:", await reader.readline(), where(r.caught[:1], base), where(r.caught[1:], base2))
            writer.close()
            server.close()
            await server.wait_closed()

    with Recorder() as r:
        base = here(); proc = await asyncio.create_subprocess_exec("echo", "exec", stdout=asyncio.subprocess.PIPE, loop=loop)
        out, _ = await proc.communicate()
        base2 = here(); proc2 = await asyncio.create_subprocess_shell("echo shell", stdout=asyncio.subprocess.PIPE, loop=loop)
        out2, _ = await proc2.communicate()
    print("subprocess:", out, proc.returncode, out2, proc2.returncode,
          where(r.caught[:1], base), where(r.caught[1:], base2))
    return "main done"


print(loop.run_until_complete(main()))
loop.close()
