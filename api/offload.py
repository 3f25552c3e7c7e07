"""Keep CPU-bound reasoning off the server's event loop.

The offline reasoner is pure-Python CPU work inside async graph nodes: run on the
server's loop, one large case stalls every other request (``/healthz`` included) and
the request budget cannot fire, because ``asyncio.wait_for`` only wakes up when the
loop gets control back. :class:`ReasoningWorker` owns a second event loop in a
daemon thread; :class:`OffloadedReasoner` runs every coroutine (and async generator)
of the reasoner there, so the server's loop keeps answering and cancels on time.

One worker thread, not a pool: the reasoner's async resources (checkpointer
connection, locks, HTTP clients) belong to one loop, and CPU-bound Python gains
nothing from more threads under the GIL. Scale out with more server processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import threading
from collections.abc import AsyncIterator, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_DONE = object()


class ReasoningWorker:
    """A daemon thread running its own event loop for the reasoner's coroutines."""

    def __init__(self, name: str = "reasoning") -> None:
        """Start the thread and its loop."""
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name=name, daemon=True
        )
        self._thread.start()

    async def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the worker loop; cancelling the caller cancels it."""
        fut = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return await asyncio.wrap_future(fut)

    async def iterate(self, agen: AsyncIterator[T]) -> AsyncIterator[T]:
        """Drive ``agen`` on the worker loop and yield its items here.

        A pump task on the worker owns the generator: items cross through a queue on
        the caller's loop. When the caller stops early (client gone, deadline), the
        pump is cancelled inside the generator's own frame, so the generator closes
        cleanly (no ``aclose()`` racing a pending ``__anext__``).
        """
        here = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()

        def put(item: Any) -> None:
            # RuntimeError: the server's loop is closing and nobody listens.
            with contextlib.suppress(RuntimeError):
                here.call_soon_threadsafe(queue.put_nowait, item)

        async def pump() -> None:
            try:
                async for item in agen:
                    put(item)
            except BaseException as exc:  # handed to the consumer, then done
                put(_Failure(exc))
                if isinstance(exc, asyncio.CancelledError):
                    raise
            finally:
                put(_DONE)

        fut = asyncio.run_coroutine_threadsafe(pump(), self.loop)
        try:
            while True:
                item = await queue.get()
                if item is _DONE:
                    return
                if isinstance(item, _Failure):
                    raise item.exc
                yield item
        finally:
            fut.cancel()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the loop and wait briefly for the thread."""
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class OffloadedReasoner:
    """Proxy that runs the wrapped reasoner's async methods on a worker loop.

    Coroutine methods return awaitables that run on the worker; async-generator
    methods return async iterators fed from it; anything else passes through.
    Signatures are kept (``inspect.signature`` sees the wrapped method).
    """

    def __init__(self, inner: Any, worker: ReasoningWorker) -> None:
        """Wrap ``inner``; ``worker`` runs its coroutines."""
        self._inner = inner
        self._worker = worker

    @property
    def inner(self) -> Any:
        """The wrapped reasoner."""
        return self._inner

    def __getattr__(self, name: str) -> Any:
        """Return ``inner.<name>``, offloaded when it is async."""
        attr = getattr(self._inner, name)
        worker = self._worker
        if inspect.iscoroutinefunction(attr):

            @functools.wraps(attr)
            async def call(*args: Any, **kwargs: Any) -> Any:
                return await worker.call(attr(*args, **kwargs))

            return call
        if inspect.isasyncgenfunction(attr):

            @functools.wraps(attr)
            def gen(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                return worker.iterate(attr(*args, **kwargs))

            return gen
        return attr
