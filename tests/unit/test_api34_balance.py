"""Connection balance between worker processes (api.balance).

A worker over its share of the open connections (ceil(total / serving workers))
marks one response ``Connection: close``; one at or under its share never does, and
workers not serving are left out of the share.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time

from starlette.types import Message, Receive, Scope, Send

from api.balance import NOT_LISTENING, BalanceMiddleware, ConnectionShare


def _share(counts: list[int], slot: int, mine: int) -> ConnectionShare:
    share = ConnectionShare(list(counts), slot)
    share.attach(lambda: range(mine))  # the open connections' client addresses
    return share


def test_a_worker_over_its_share_closes_one_connection() -> None:
    share = _share([0, 5], slot=0, mine=11)
    assert share.over_share(0)
    assert share.counts == [10, 5]  # the closing connection is no longer counted


def test_an_even_or_nearly_even_split_closes_nothing() -> None:
    assert not _share([0, 8], slot=0, mine=8).over_share(0)
    assert not _share([0, 7], slot=0, mine=8).over_share(0)  # 15: share is 8
    assert not _share([0, 11], slot=0, mine=5).over_share(0)  # the other closes


def test_one_excess_closes_one_connection_while_it_is_still_open() -> None:
    """A burst's responses go out back to back: the marked connection is still
    open when the next response is sent, and must not be counted again (it was:
    one excess emptied a worker)."""
    counts = [0, 7]
    share = ConnectionShare(counts, 0)
    open_now = set(range(9))
    share.attach(lambda: open_now)
    assert share.over_share(0)  # 9 of 16: one over
    assert not any(share.over_share(c) for c in range(1, 9))  # 0 is still open
    assert counts == [8, 7]
    share.publish()
    assert counts == [8, 7]  # a publication does not count it either
    open_now.discard(0)  # the client closed it
    assert share.publish() == 8
    open_now.add(99)  # the client's new connection, placed here again
    assert share.over_share(99)  # a new excess closes again


def test_workers_not_serving_are_left_out_of_the_share() -> None:
    # The other worker died or is still warming up: nobody to hand connections to.
    assert not _share([0, NOT_LISTENING], slot=0, mine=16).over_share(0)
    assert _share([0, 4, NOT_LISTENING], slot=0, mine=12).over_share(0)


def test_a_share_not_attached_never_closes() -> None:
    share = ConnectionShare([3, 12], 1)
    assert not share.over_share(0)
    assert share.counts == [3, 12]


def _publish_seven(share: ConnectionShare) -> None:
    share.attach(lambda: range(7))
    share.publish()


def test_a_spawned_worker_publishes_to_the_supervisors_array() -> None:
    spawn = multiprocessing.get_context("spawn")
    counts = spawn.RawArray("i", [NOT_LISTENING] * 2)
    worker = spawn.Process(target=_publish_seven, args=(ConnectionShare(counts, 1),))
    worker.start()
    worker.join(60)
    assert worker.exitcode == 0
    assert list(counts) == [NOT_LISTENING, 7]


async def _respond(scope: Scope, receive: Receive, send: Send) -> None:
    del scope, receive
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": b"{}"})


def _headers(share: ConnectionShare) -> list[tuple[bytes, bytes]]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    app = BalanceMiddleware(_respond, share=share)
    scope = {"type": "http", "path": "/reason", "client": 0}
    asyncio.run(app(scope, receive, send))
    assert sent[1]["body"] == b"{}"  # the body is untouched
    return list(sent[0]["headers"])


def test_the_response_of_a_worker_over_its_share_closes_its_connection() -> None:
    assert (b"connection", b"close") in _headers(_share([0, 4], 0, 12))
    assert _headers(_share([0, 8], 0, 8)) == [(b"content-type", b"application/json")]


def test_a_serving_worker_keeps_its_count_fresh_and_leaves_when_it_stops() -> None:
    """The count is published between responses too: a sibling judging by a count
    from this worker's last response closed connections it had just taken over."""
    counts = [NOT_LISTENING, 3]
    open_now = [2]
    share = ConnectionShare(counts, 0)
    share.attach(lambda: range(open_now[0]))
    share.start(every_s=0.001)
    try:
        assert counts[0] == 2
        open_now[0] = 9  # connections accepted, no response sent yet
        deadline = time.monotonic() + 5
        while counts[0] != 9 and time.monotonic() < deadline:
            time.sleep(0.001)
        assert counts[0] == 9
    finally:
        share.stop()
    assert counts[0] == NOT_LISTENING


def test_a_worker_not_serving_yet_neither_closes_nor_publishes() -> None:
    """Its warm-up request runs through the middleware before it listens: a count
    in its slot would make the serving worker share connections with it."""
    counts = [NOT_LISTENING, 16]
    share = ConnectionShare(counts, 0)
    share.attach(lambda: range(1))
    assert not share.over_share(0)
    assert counts == [NOT_LISTENING, 16]
