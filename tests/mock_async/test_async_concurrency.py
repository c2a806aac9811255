"""Nothing is lost when many threads and tasks await one AsyncMock."""

from __future__ import annotations

import asyncio
import sys
import threading

from support.differential import OURS


def test_eight_threads_each_with_own_loop() -> None:
    """8 threads x 1000 awaits: await_count == len(await_args_list) == call_count == 8000."""
    m = OURS.AsyncMock(return_value=1)
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        async def main() -> None:
            for i in range(1000):
                await m(n, i)

        start.wait()
        asyncio.run(main())

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    # Switch threads as often as possible, so that a lost update shows.
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old_interval)
    assert m.await_count == 8000
    assert len(m.await_args_list) == 8000
    assert m.call_count == 8000
    assert len(m.call_args_list) == 8000
    assert sorted(c.args for c in m.await_args_list) == sorted(
        (n, i) for n in range(8) for i in range(1000)
    )


def test_twenty_thousand_tasks() -> None:
    """20,000 concurrent tasks: await_count 20000 and each task gets its own result."""

    async def echo(x: int) -> int:
        await asyncio.sleep(0)
        return x * 2

    m = OURS.AsyncMock(side_effect=echo)

    async def main() -> list[int]:
        return await asyncio.gather(*(m(i) for i in range(20000)))

    results = asyncio.run(main())
    assert results == [i * 2 for i in range(20000)]
    assert m.await_count == 20000
    assert len(m.await_args_list) == 20000
