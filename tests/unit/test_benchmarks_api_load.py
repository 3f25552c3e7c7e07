"""The load benchmark's minimal HTTP/1.1 client (``benchmarks.api_load``)."""

from __future__ import annotations

import asyncio

import pytest

from benchmarks.api_load import HTTPStatusError, RawConnection

_ANSWERS = [
    b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-type: application/json\r\n\r\n{}",
    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\ncontent-length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\ncontent-length: 1\r\nconnection: close\r\n\r\nx",
]


async def _serve(
    answers: list[bytes], seen: list[bytes], connections: list[int]
) -> asyncio.Server:
    async def handle(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        connections.append(1)
        while answers:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                break
            length = next(
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            seen.append(head + await reader.readexactly(length))
            answer = answers.pop(0)
            writer.write(answer)
            await writer.drain()
            if b"connection: close" in answer:
                break
        writer.close()

    return await asyncio.start_server(handle, "127.0.0.1", 0)


def test_raw_connection_reads_length_chunked_and_reconnects_after_close() -> None:
    async def run() -> None:
        seen: list[bytes] = []
        connections: list[int] = []
        server = await _serve([*_ANSWERS, _ANSWERS[0]], seen, connections)
        port = server.sockets[0].getsockname()[1]
        conn = RawConnection("127.0.0.1", port, timeout=5)
        got = [await conn.post("/reason", b'{"row": {}}') for _ in range(5)]
        await conn.close()
        server.close()
        await server.wait_closed()
        assert [status for status, _ in got] == [200, 503, 200, 200, 200]
        assert got[1][1]["retry-after"] == "1"
        # keep-alive: one connection for four answers, a new one after "close"
        assert len(connections) == 2
        assert seen[0].startswith(b"POST /reason HTTP/1.1\r\n")
        assert seen[0].endswith(b'\r\n\r\n{"row": {}}')

    asyncio.run(run())


def test_raw_connection_rejects_a_non_http_answer() -> None:
    async def run() -> None:
        server = await _serve([b"SSH-2.0-x\r\n\r\n"], [], [])
        port = server.sockets[0].getsockname()[1]
        conn = RawConnection("127.0.0.1", port, timeout=5)
        with pytest.raises(HTTPStatusError):
            await conn.post("/reason", b"{}")
        server.close()
        await server.wait_closed()

    asyncio.run(run())
