/*
 * libscalene_ci_shim.so: allocation and copy sampling for every process of a profiled tree.
 *
 * `scalene-ci run` puts this library in LD_PRELOAD, so it is loaded into node and into
 * everything node starts (sh, python3, ...). It therefore knows nothing about Node: plain C,
 * libc only. It interposes the malloc family and memcpy/memmove, counts bytes per thread
 * and, each time a thread's count crosses a window, pushes one sample into a process-wide
 * lock-free ring that the profiler addon drains (see shim_api.h and docs/MEMORY.md).
 *
 * Rules this file lives by (each one is a crash or a deadlock in some program otherwise):
 *  - The fast path (every malloc/free/memcpy) touches only initial-exec TLS and one global
 *    flag: no locks, no atomics, no calls besides the real function and malloc_usable_size.
 *  - Nothing here allocates with the interposed allocator while accounting, and a per-thread
 *    `busy` flag makes any allocation made on our behalf (dlsym, pthread_setspecific) go
 *    straight to the real allocator.
 *  - Nothing here calls memcpy/memmove/memset: every copy is a field assignment or a loop
 *    (the Makefile also forbids GCC from turning loops into those calls).
 *  - Everything a sample needs (clock_gettime via the vDSO, gettid, the ring) is
 *    async-signal-safe, because programs do call malloc and memcpy from signal handlers
 *    (V8's SIGPROF handler copies register state).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "shim_api.h"

#define EXPORT __attribute__((visibility("default")))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
/* initial-exec: the library is loaded at start-up (LD_PRELOAD), so its TLS lives in the
 * static TLS block and is reached with one %fs-relative access; the default
 * global-dynamic model would call __tls_get_addr, which may allocate on first use. */
#define TLS __thread __attribute__((tls_model("initial-exec")))

/* ---------------------------------------------------------------------------------------
 * Windows.
 *
 * Allocation window, 1 048 571 bytes (the largest prime below 1 MiB, as in Scalene): one
 * ALLOC/FREE sample each time a thread's *net* allocation moves by about 1 MB. Node's
 * start-up alone makes ~443k mallocs worth ~22 MB, so sampling by calls would be dominated
 * by tiny start-up allocations; sampling by bytes gives ~20 samples for start-up and one
 * per MB of real growth after, cheap enough to leave on (each sample costs ~0.3 µs) and
 * fine enough to place a 10 MB leak within ±10%.
 *
 * Copy window, 7 340 009 bytes (a prime just below 7 MiB, i.e. ~7 windows of allocation):
 * in Node programs libc copy volume runs several times allocation volume (every
 * Buffer.concat, Buffer.copy, TypedArray.set and string flattening copies), so a 7x
 * wider window keeps the copy sample rate comparable to the allocation rate, while one
 * copy-heavy line still gets a sample every ~2 ms at memcpy bandwidth (~3-10 GB/s), well
 * inside a 10 ms CPU sampling period's resolution.
 *
 * What a sample stands for: one window per sampling point its call crossed (bytes = points
 * x W), and the rest of the crossing call counts towards the next point. Each call's chance
 * of holding a point is then its bytes over W, so each line's sampled bytes are unbiased
 * whatever the sizes of the calls around it. (Until 2026-12-07 a sample carried the bytes
 * since the previous one and the count restarted at the end of the crossing call: a call
 * right after a big one never reached a threshold. A loop of 384 KiB, 640 KiB and 2 MiB
 * allocations charged the 384 KiB call 0 bytes; Buffer.alloc(16 KiB) beside a 64 KiB block
 * every 4 rounds got 1.29x its bytes at a 128 KiB window. test/shim.test.ts "repeated
 * pattern".) Totals stay exact in the shim's counters; the samples' sum is within a window
 * or two of them per thread.
 *
 * Why primes, and why jittered (stratified) thresholds. What aliasing
 * can bias is *which* call crosses the window, hence which line gets the sample: a loop
 * that alternates two power-of-two allocations under a power-of-two window hands every
 * sample to the same line. A prime window (Scalene's fix) only makes the crossing point
 * drift slowly (1 048 571 is -5 mod every power of two up to 2^20: 5 bytes per sample).
 * So the sampling points are also randomised, by stratification rather than plain jitter so
 * that the sample count stays V/W ± 1 instead of picking up random-walk noise:
 *  - copies: one sampling point uniformly placed in each W-byte cell of the thread's
 *    cumulative copy volume ([kW, (k+1)W)); for any periodic copy pattern shorter than W the
 *    crossing is uniform over the period, so each call's chance of taking the sample is
 *    proportional to its bytes (what unbiased attribution needs), and V bytes give V/W ± 1
 *    samples (fewer only when a single copy spans a whole cell).
 *  - net allocation: it moves both ways, and a fixed grid would fire on every 1 KB
 *    alloc/free pair straddling a grid point. Scalene's hysteresis is kept: net is measured
 *    from the last point crossed, and the first point the other way is W/2 + v away (v
 *    uniform in [0, W/2)), so churn below W/2 never samples after a reversal. Going on in
 *    one direction the points are one per W-cell, uniform in it (distances W - u_(k-1) + u_k,
 *    u uniform in [0, W)), so a monotonic run of V bytes gives V/W ± 1 points and a loop
 *    whose period is a whole number of windows is still sampled evenly over its calls. (With
 *    u in [0, W/2), as until 2026-12-07, the points of such a loop stayed in one half of
 *    each cycle for the whole run: 384 KiB + 640 KiB + 2 MiB a round is 3 windows and 39
 *    bytes, and the 384 KiB call got every point or none, 9 to 395 MiB of its 225 by run.)
 * Both windows can be changed with SCALENE_CI_MALLOC_WINDOW_BYTES / SCALENE_CI_COPY_WINDOW_BYTES.
 * ------------------------------------------------------------------------------------- */
#define DEFAULT_MALLOC_WINDOW 1048571ULL
#define DEFAULT_COPY_WINDOW 7340009ULL
#define MAX_WINDOW (1ULL << 40)

static uint64_t malloc_window = DEFAULT_MALLOC_WINDOW;
static uint64_t copy_window = DEFAULT_COPY_WINDOW;

/* ---------------------------------------------------------------------------------------
 * Real functions and the bootstrap problem.
 *
 * The real functions come from dlsym(RTLD_NEXT), but dlsym itself allocates (its error
 * buffer), and other libraries' constructors may allocate before ours runs. Until every
 * pointer below is resolved (`ready`), allocations are served from a static bump arena
 * whose blocks are recognised by address in free/realloc/malloc_usable_size and never
 * returned. Copies before that use a byte loop.
 * ------------------------------------------------------------------------------------- */
static void* (*real_malloc)(size_t);
static void (*real_free)(void*);
static void* (*real_calloc)(size_t, size_t);
static void* (*real_realloc)(void*, size_t);
static int (*real_posix_memalign)(void**, size_t, size_t);
static void* (*real_aligned_alloc)(size_t, size_t);
static void* (*real_memalign)(size_t, size_t);
static void* (*real_valloc)(size_t);
static void* (*real_pvalloc)(size_t);
static size_t (*real_usable)(void*);
static void* boot_copy(void* d, const void* s, size_t n);
static void* boot_move(void* d, const void* s, size_t n);
static void* (*real_memcpy)(void*, const void*, size_t) = boot_copy;
static void* (*real_memmove)(void*, const void*, size_t) = boot_move;
static void* (*real_memcpy_chk)(void*, const void*, size_t, size_t);
static void* (*real_memmove_chk)(void*, const void*, size_t, size_t);

enum { INIT_NONE = 0, INIT_RESOLVING = 1, INIT_READY = 2 };
static int init_state;
static TLS int resolving_here; /* this thread is inside resolve(), i.e. inside dlsym */

static inline int is_ready(void) { return LIKELY(__atomic_load_n(&init_state, __ATOMIC_ACQUIRE) == INIT_READY); }

#define ARENA_BYTES (256 * 1024)
static unsigned char arena[ARENA_BYTES] __attribute__((aligned(4096)));
static size_t arena_used;

static inline int in_arena(const void* p) {
  return UNLIKELY((const unsigned char*)p >= arena && (const unsigned char*)p < arena + ARENA_BYTES);
}

/* Each arena block is preceded by its size (for realloc and malloc_usable_size). */
static void* arena_alloc(size_t n, size_t align) {
  if (align < 16) align = 16;
  if (n > ARENA_BYTES || align > 4096 || (align & (align - 1)) != 0) {
    errno = ENOMEM;
    return NULL;
  }
  size_t off = __atomic_load_n(&arena_used, __ATOMIC_RELAXED);
  for (;;) {
    size_t start = (off + sizeof(size_t) + align - 1) & ~(align - 1);
    size_t end = start + n;
    if (end > ARENA_BYTES) {
      errno = ENOMEM;
      return NULL;
    }
    if (__atomic_compare_exchange_n(&arena_used, &off, end, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
      *(size_t*)(arena + start - sizeof(size_t)) = n;
      return arena + start; /* static storage: already zero, so calloc needs nothing more */
    }
  }
}

static inline size_t arena_size(const void* p) { return *(const size_t*)((const unsigned char*)p - sizeof(size_t)); }

/* Plain byte loops; `volatile` keeps the compiler from recognising them as memcpy. */
static void* boot_copy(void* d, const void* s, size_t n) {
  volatile unsigned char* dd = (volatile unsigned char*)d;
  const volatile unsigned char* ss = (const volatile unsigned char*)s;
  for (size_t i = 0; i < n; i++) dd[i] = ss[i];
  return d;
}

static void* boot_move(void* d, const void* s, size_t n) {
  volatile unsigned char* dd = (volatile unsigned char*)d;
  const volatile unsigned char* ss = (const volatile unsigned char*)s;
  if (dd < ss) {
    for (size_t i = 0; i < n; i++) dd[i] = ss[i];
  } else {
    for (size_t i = n; i > 0; i--) dd[i - 1] = ss[i - 1];
  }
  return d;
}

static void die(const char* msg) {
  size_t n = 0;
  while (msg[n]) n++;
  ssize_t ignored = write(2, msg, n);
  (void)ignored;
  _exit(127);
}

/* Returns with init_state READY, or RESOLVING when another thread (or our own dlsym below,
 * re-entering through calloc) is resolving: the caller then uses the arena. */
static void resolve(void) {
  int expected = INIT_NONE;
  if (!__atomic_compare_exchange_n(&init_state, &expected, INIT_RESOLVING, 0, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE))
    return;
  resolving_here = 1;
  /* free and malloc_usable_size first: dlsym may free memory the real allocator handed out
   * before we were called, and that must not wait for the rest. */
  real_free = (void (*)(void*))dlsym(RTLD_NEXT, "free");
  real_usable = (size_t (*)(void*))dlsym(RTLD_NEXT, "malloc_usable_size");
  real_malloc = (void* (*)(size_t))dlsym(RTLD_NEXT, "malloc");
  real_calloc = (void* (*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  real_realloc = (void* (*)(void*, size_t))dlsym(RTLD_NEXT, "realloc");
  real_posix_memalign = (int (*)(void**, size_t, size_t))dlsym(RTLD_NEXT, "posix_memalign");
  real_aligned_alloc = (void* (*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
  real_memalign = (void* (*)(size_t, size_t))dlsym(RTLD_NEXT, "memalign");
  real_valloc = (void* (*)(size_t))dlsym(RTLD_NEXT, "valloc");
  real_pvalloc = (void* (*)(size_t))dlsym(RTLD_NEXT, "pvalloc");
  real_memcpy_chk = (void* (*)(void*, const void*, size_t, size_t))dlsym(RTLD_NEXT, "__memcpy_chk");
  real_memmove_chk = (void* (*)(void*, const void*, size_t, size_t))dlsym(RTLD_NEXT, "__memmove_chk");
  void* mc = dlsym(RTLD_NEXT, "memcpy"); /* dlsym runs the IFUNC resolver: we get the AVX copy */
  void* mm = dlsym(RTLD_NEXT, "memmove");
  if (!real_malloc || !real_free || !real_calloc || !real_realloc || !real_usable || !mc || !mm)
    die("scalene-ci shim: cannot find the C library's malloc/free/memcpy; unset LD_PRELOAD\n");
  /* Optional entry points fall back to ones every C library has. */
  if (!real_memalign) real_memalign = real_aligned_alloc;
  if (!real_aligned_alloc) real_aligned_alloc = real_memalign;
  if (!real_memalign) die("scalene-ci shim: the C library has neither memalign nor aligned_alloc; unset LD_PRELOAD\n");
  /* other threads may be copying through these right now: swap them atomically */
  __atomic_store_n(&real_memcpy, (void* (*)(void*, const void*, size_t))mc, __ATOMIC_RELAXED);
  __atomic_store_n(&real_memmove, (void* (*)(void*, const void*, size_t))mm, __ATOMIC_RELAXED);
  __atomic_store_n(&init_state, INIT_READY, __ATOMIC_RELEASE);
  resolving_here = 0;
}

/* For paths that must use the real allocator (freeing or resizing a block it made): wait
 * for the resolution another thread is doing, which takes microseconds and happens once.
 * Returns 0 when this thread is the one resolving (we are nested inside dlsym): the caller
 * then makes do with whatever is already resolved. */
static __attribute__((noinline)) int wait_ready(void) {
  resolve();
  if (resolving_here) return is_ready();
  while (!is_ready()) sched_yield();
  return 1;
}

/* ---------------------------------------------------------------------------------------
 * Ring: process-wide, fixed size, multi-producer / single-consumer, lock-free.
 *
 * Vyukov's bounded queue: slot.seq == pos means "free for ticket pos", pos+1 means "holds
 * ticket pos", and the consumer frees a slot for the next lap by storing pos+CAP. A producer
 * claims a ticket with a CAS on `head` only after seeing its slot free, so a full ring drops
 * the sample (counted) without taking a ticket; with a bare fetch_add a producer that finds
 * the ring full would already own a ticket it cannot fill and the consumer would stall on
 * the hole. Producers never wait, so a signal handler or a thread stopped mid-push cannot
 * block anyone: the consumer just stops at the unpublished slot until it is published.
 *
 * `base` avoids initialising 64k slots in every process (and in every fork child): any
 * slot whose seq is below base has not been used since the last reset and counts as free
 * for the first lap after it.
 * ------------------------------------------------------------------------------------- */
#define RING_CAP 65536u /* 3.5 MiB of .bss, touched only as it fills; drained once a second it
                           keeps up with ~65 GB/s of net allocation at the default window */
#define RING_MASK (RING_CAP - 1)

struct ring_slot {
  uint64_t seq;
  struct scalene_ci_sample s;
};

static struct ring_slot ring[RING_CAP] __attribute__((aligned(64)));
static uint64_t ring_base __attribute__((aligned(64))) = 1;
static uint64_t ring_head __attribute__((aligned(64))) = 1;
static uint64_t ring_tail __attribute__((aligned(64))) = 1; /* consumer only */
static int ring_consumer_busy;

/* Cumulative figures, flushed from threads at each sample and at thread exit. */
static struct {
  uint64_t alloc_bytes, free_bytes, copy_bytes, alloc_calls, free_calls, copy_calls;
  uint64_t alloc_samples, free_samples, copy_samples, free_of_sampled_samples, dropped_samples;
} totals __attribute__((aligned(64)));

static inline void add_total(uint64_t* field, uint64_t v) {
  if (v) __atomic_fetch_add(field, v, __ATOMIC_RELAXED);
}

static int ring_push(const struct scalene_ci_sample* s) {
  uint64_t base = __atomic_load_n(&ring_base, __ATOMIC_RELAXED);
  uint64_t pos = __atomic_load_n(&ring_head, __ATOMIC_RELAXED);
  struct ring_slot* slot;
  for (;;) {
    slot = &ring[pos & RING_MASK];
    uint64_t seq = __atomic_load_n(&slot->seq, __ATOMIC_ACQUIRE);
    int free_now = seq == pos || (seq < base && pos < base + RING_CAP);
    if (free_now) {
      if (__atomic_compare_exchange_n(&ring_head, &pos, pos + 1, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        break;
      /* pos now holds the current head; retry */
    } else if (seq > pos) {
      pos = __atomic_load_n(&ring_head, __ATOMIC_RELAXED); /* another producer got ahead */
    } else {
      /* The slot still belongs to ticket pos-CAP (unconsumed, or claimed and not yet
       * published): the ring is full. Drop rather than wait: the holder may be this very
       * thread, interrupted by the signal handler we are running in. */
      add_total(&totals.dropped_samples, 1);
      return 0;
    }
  }
  slot->s.mono_us = s->mono_us;
  slot->s.bytes = s->bytes;
  slot->s.addr = s->addr;
  slot->s.aux = s->aux;
  slot->s.block_bytes = s->block_bytes;
  slot->s.tid = s->tid;
  slot->s.kind = s->kind;
  __atomic_store_n(&slot->seq, pos + 1, __ATOMIC_RELEASE);
  return 1;
}

EXPORT size_t scalene_ci_shim_drain(struct scalene_ci_sample* out, size_t max) {
  if (out == NULL || max == 0) return 0;
  if (__atomic_exchange_n(&ring_consumer_busy, 1, __ATOMIC_ACQUIRE)) return 0; /* single consumer */
  uint64_t pos = ring_tail;
  size_t n = 0;
  while (n < max) {
    struct ring_slot* slot = &ring[pos & RING_MASK];
    if (__atomic_load_n(&slot->seq, __ATOMIC_ACQUIRE) != pos + 1) break;
    out[n].mono_us = slot->s.mono_us;
    out[n].bytes = slot->s.bytes;
    out[n].addr = slot->s.addr;
    out[n].aux = slot->s.aux;
    out[n].block_bytes = slot->s.block_bytes;
    out[n].tid = slot->s.tid;
    out[n].kind = slot->s.kind;
    __atomic_store_n(&slot->seq, pos + RING_CAP, __ATOMIC_RELEASE);
    pos++;
    n++;
  }
  ring_tail = pos;
  __atomic_store_n(&ring_consumer_busy, 0, __ATOMIC_RELEASE);
  return n;
}

/* ---------------------------------------------------------------------------------------
 * Sampled-pointer tracking, for the leak detector: every ALLOC sample's pointer goes into a
 * fixed table; free() looks its pointer up and, on a hit, reports FREE_OF_SAMPLED.
 * 4-way set-associative, 1024 sets of one 32-byte half cache line: a lookup is one hash
 * and at most four loads from one line, and the table holds thousands of live sampled
 * pointers (4 GB of sampled growth at the default window) in 32 KB without the birthday
 * collisions a direct-mapped table has after a few dozen. When a set is full the insert
 * evicts one entry and says so in the ALLOC sample (aux), so the consumer knows that
 * pointer's fate is no longer observed instead of mistaking it for a leak.
 * ------------------------------------------------------------------------------------- */
#define TRACK_WAYS 4 /* untrack() spells out the four ways */
#define TRACK_SET_BITS 10
#define TRACK_SETS (1u << TRACK_SET_BITS)
#define TRACK_SLOTS (TRACK_SETS * TRACK_WAYS)
static uintptr_t tracked[TRACK_SLOTS] __attribute__((aligned(64)));

static inline uintptr_t* track_set(const void* p) {
  uint64_t h = ((uint64_t)(uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ULL;
  return &tracked[(h >> (64 - TRACK_SET_BITS)) * TRACK_WAYS];
}

static __attribute__((noinline)) int untrack_hit(uintptr_t* set, uintptr_t want) {
  for (int i = 0; i < TRACK_WAYS; i++) {
    uintptr_t expect = want;
    if (__atomic_compare_exchange_n(&set[i], &expect, 0, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return 1;
  }
  return 0; /* another thread removed it first */
}

/* Removes p if tracked; returns whether it was (and this caller removed it). On every
 * free, so the miss is four loads and compares with no branch per way (a loop here cost
 * ~25 instructions per free). */
static inline int untrack(void* p) {
  uintptr_t* set = track_set(p);
  uintptr_t want = (uintptr_t)p;
  int hit = (__atomic_load_n(&set[0], __ATOMIC_RELAXED) == want) | (__atomic_load_n(&set[1], __ATOMIC_RELAXED) == want) |
            (__atomic_load_n(&set[2], __ATOMIC_RELAXED) == want) | (__atomic_load_n(&set[3], __ATOMIC_RELAXED) == want);
  if (LIKELY(!hit)) return 0;
  return untrack_hit(set, want);
}

/* Adds p; returns the pointer it evicted (0 if none). `victim` picks the way to evict
 * when the set is full; victim < 0: never evict (p stays untracked if the set is full). */
static uintptr_t track(void* p, int64_t victim) {
  uintptr_t* set = track_set(p);
  uintptr_t want = (uintptr_t)p;
  for (int i = 0; i < TRACK_WAYS; i++)
    if (__atomic_load_n(&set[i], __ATOMIC_RELAXED) == want) return 0; /* already tracked */
  for (int i = 0; i < TRACK_WAYS; i++) {
    uintptr_t expect = 0;
    if (__atomic_compare_exchange_n(&set[i], &expect, want, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return 0;
  }
  if (victim < 0) return 0;
  uintptr_t old = __atomic_exchange_n(&set[victim % TRACK_WAYS], want, __ATOMIC_RELAXED);
  return old == want ? 0 : old;
}

/* ---------------------------------------------------------------------------------------
 * Per-thread state. Zero-initialised TLS means "not set up": a threshold of 0 sends the
 * thread's first malloc/free/copy to the slow path, which draws the real thresholds.
 * ------------------------------------------------------------------------------------- */
struct thread_state {
  int64_t net;             /* allocated − freed usable bytes from the last sampling point crossed */
  int64_t up;              /* net (from the last point crossed) at the next point above; 0 = not set up */
  int64_t down;            /* -net at the next point below */
  uint64_t up_prev;        /* where the point just crossed upwards lies in its cell (see "Windows") */
  uint64_t down_prev;      /* the same, downwards */
  uint64_t copy_acc;       /* bytes this thread has copied (since start or fork) */
  uint64_t copy_threshold; /* copy_acc value of the next sampling point; 0 = not set up */
  uint64_t copy_flushed;   /* copy_acc already added to totals */
  /* not yet added to `totals` */
  uint64_t alloc_bytes, free_bytes, alloc_calls, free_calls, copy_calls;
  uint64_t rng;
  int busy; /* inside the shim's own slow path: nested calls just forward */
  int in_hook; /* inside the consumer's hook: nested calls are counted but never sampled */
  int registered;
};

static TLS struct thread_state ts;

static pthread_key_t exit_key;
static int exit_key_ok;

static inline uint64_t mono_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t); /* vDSO: no syscall, no allocation, signal-safe */
  return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

static inline int32_t current_tid(void) { return (int32_t)syscall(SYS_gettid); }

static uint64_t next_random(struct thread_state* t) {
  uint64_t x = t->rng; /* xorshift64 */
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  t->rng = x;
  return x;
}

/* The first point in a direction (at the thread's start, or after a sample the other way):
 * W/2 + v from the reference, v uniform in [0, W/2), so churn below W/2 never samples. Its
 * place in its cell is W/2 + v, from which next_net_point continues (see "Windows" above). */
static int64_t first_net_point(struct thread_state* t, uint64_t* prev) {
  uint64_t w = malloc_window, half = w / 2;
  uint64_t v = half ? next_random(t) % half : 0;
  *prev = half + v;
  return (int64_t)(half + v ? half + v : 1);
}

/* The next point in the same direction: uniform in the next W-cell (distance W - u_(k-1) + u_k,
 * u in [0, W)). */
static int64_t next_net_point(struct thread_state* t, uint64_t* prev) {
  uint64_t w = malloc_window;
  uint64_t u = w ? next_random(t) % w : 0;
  uint64_t d = w - *prev + u;
  *prev = u;
  return (int64_t)(d ? d : 1);
}

/* One sampling point uniformly placed in each W-cell of cumulative copy volume: the next
 * point goes in the cell after the current point's, whatever copy_acc is now (copy_slow
 * counts the points a long copy passed, one window each). A thread's first point is drawn
 * in copy_acc's cell, or the next if passed. */
static uint64_t next_copy_point(struct thread_state* t, int first) {
  uint64_t w = copy_window;
  if (!first) return (t->copy_threshold / w + 1) * w + next_random(t) % w;
  uint64_t p = (t->copy_acc / w) * w + next_random(t) % w;
  if (p <= t->copy_acc) p += w;
  return p;
}

static void flush_thread(struct thread_state* t) {
  add_total(&totals.alloc_bytes, t->alloc_bytes);
  add_total(&totals.free_bytes, t->free_bytes);
  add_total(&totals.alloc_calls, t->alloc_calls);
  add_total(&totals.free_calls, t->free_calls);
  add_total(&totals.copy_calls, t->copy_calls);
  add_total(&totals.copy_bytes, t->copy_acc - t->copy_flushed);
  t->alloc_bytes = t->free_bytes = t->alloc_calls = t->free_calls = t->copy_calls = 0;
  t->copy_flushed = t->copy_acc;
}

static void on_thread_exit(void* arg) {
  (void)arg;
  struct thread_state* t = &ts;
  int was_busy = t->busy;
  t->busy = 1;
  flush_thread(t);
  t->busy = was_busy;
}

/* Called with t->busy set. */
static void setup_thread(struct thread_state* t) {
  if (t->rng == 0) {
    t->rng = ((uint64_t)(uint32_t)current_tid() * 0x9E3779B97F4A7C15ULL) ^ (mono_us() * 0xBF58476D1CE4E5B9ULL);
    if (t->rng == 0) t->rng = 1;
  }
  t->up = first_net_point(t, &t->up_prev);
  t->down = first_net_point(t, &t->down_prev);
  t->copy_threshold = next_copy_point(t, 1);
  /* The key's destructor flushes this thread's unflushed counts when it exits.
   * pthread_setspecific may allocate for high key numbers: that goes to the real allocator
   * because busy is set. */
  if (exit_key_ok && !t->registered) {
    t->registered = 1;
    pthread_setspecific(exit_key, (void*)1);
  }
}

/* The consumer's hook (scalene_ci_shim_set_hook), called after an ALLOC or COPY sample on
 * the thread that took it, so it can see the stack of the code that allocated or copied. */
static scalene_ci_shim_hook_fn sample_hook;

/* Called with t->busy set. The hook's own allocations (V8 copying a stack sample) are
 * counted, so their later frees on another thread balance, but they never sample. */
static void call_hook(struct thread_state* t, uint32_t kind, uint64_t when_us) {
  scalene_ci_shim_hook_fn hook = __atomic_load_n(&sample_hook, __ATOMIC_ACQUIRE);
  if (hook == NULL || t->in_hook) return;
  t->in_hook = 1;
  hook(kind, when_us);
  t->in_hook = 0;
}

static uint64_t emit(uint32_t kind, uint64_t bytes, const void* addr, uint64_t aux, uint64_t block_bytes) {
  struct scalene_ci_sample s;
  s.mono_us = mono_us();
  s.bytes = bytes;
  s.addr = (uint64_t)(uintptr_t)addr;
  s.aux = aux;
  s.block_bytes = block_bytes;
  s.tid = current_tid();
  s.kind = kind;
  ring_push(&s);
  return s.mono_us;
}

/* net reached a point above or below (or the thread is not set up yet). */
static __attribute__((noinline)) void net_slow(struct thread_state* t, void* p) {
  if (t->busy) return;
  t->busy = 1;
  if (t->up == 0) setup_thread(t);
  if (t->net >= t->up || t->net <= -t->down) {
    int grow = t->net > 0;
    /* The sampling points are a grid on net: each crossing moves the reference by the
     * threshold it crossed, and the rest of the crossing call counts towards the next one
     * (see "Windows": a sample stands for one window per point crossed, not for the bytes
     * since the previous sample, which would favour big calls). */
    uint64_t crossings = 0;
    if (grow) {
      while (t->net >= t->up) {
        t->net -= t->up;
        t->up = next_net_point(t, &t->up_prev);
        crossings++;
      }
      t->down = first_net_point(t, &t->down_prev);
    } else {
      while (t->net <= -t->down) {
        t->net += t->down;
        t->down = next_net_point(t, &t->down_prev);
        crossings++;
      }
      t->up = first_net_point(t, &t->up_prev);
    }
    uint64_t bytes = crossings * malloc_window;
    flush_thread(t);
    if (grow) {
      uint64_t evicted = track(p, (int64_t)(next_random(t) & 0xff));
      /* p is live here (just allocated, or realloc's new block): its size is readable. */
      uint64_t when = emit(SCALENE_CI_SAMPLE_ALLOC, bytes, p, evicted, real_usable(p));
      add_total(&totals.alloc_samples, 1);
      call_hook(t, SCALENE_CI_SAMPLE_ALLOC, when);
    } else {
      emit(SCALENE_CI_SAMPLE_FREE, bytes, p, 0, 0);
      add_total(&totals.free_samples, 1);
    }
  }
  t->busy = 0;
}

static __attribute__((noinline)) void copy_slow(struct thread_state* t, void* d, const void* s) {
  if (t->busy || !is_ready()) return;
  t->busy = 1;
  if (t->copy_threshold == 0) {
    setup_thread(t);
  } else {
    /* One window per sampling point this copy passed (see "Windows"). */
    uint64_t points = 0;
    while (t->copy_threshold <= t->copy_acc) {
      points++;
      t->copy_threshold = next_copy_point(t, 0);
    }
    uint64_t bytes = points * copy_window;
    flush_thread(t);
    uint64_t when = emit(SCALENE_CI_SAMPLE_COPY, bytes, d, (uint64_t)(uintptr_t)s, 0);
    add_total(&totals.copy_samples, 1);
    call_hook(t, SCALENE_CI_SAMPLE_COPY, when);
  }
  t->busy = 0;
}

static __attribute__((noinline)) void report_free_of_sampled(struct thread_state* t, void* p, size_t usable) {
  int was_busy = t->busy;
  t->busy = 1;
  emit(SCALENE_CI_SAMPLE_FREE_OF_SAMPLED, usable, p, 0, usable);
  add_total(&totals.free_of_sampled_samples, 1);
  t->busy = was_busy;
}

/* Accounting for a successful allocation of p. */
static __attribute__((noinline)) void count_in_hook(struct thread_state* t, void* p, int freeing) {
  size_t sz = real_usable(p);
  if (freeing) {
    if (UNLIKELY(untrack(p))) report_free_of_sampled(t, p, sz);
    t->free_bytes += sz;
    t->free_calls++;
    t->net -= (int64_t)sz;
  } else {
    t->alloc_bytes += sz;
    t->alloc_calls++;
    t->net += (int64_t)sz;
  }
}

static inline void on_alloc(void* p) {
  struct thread_state* t = &ts;
  if (UNLIKELY(t->busy)) {
    if (t->in_hook) count_in_hook(t, p, 0);
    return;
  }
  size_t sz = real_usable(p);
  t->alloc_bytes += sz;
  t->alloc_calls++;
  t->net += (int64_t)sz;
  if (UNLIKELY(t->net >= t->up)) net_slow(t, p);
}

/* ---------------------------------------------------------------------------------------
 * Interposed allocation functions.
 * ------------------------------------------------------------------------------------- */
/* Arena memory is never reused, so it is always zero: calloc needs nothing more. */
static __attribute__((noinline)) void* boot_alloc(size_t n, size_t align) {
  resolve();
  if (!is_ready()) return arena_alloc(n, align);
  return NULL; /* resolved: caller retries with the real function */
}

static inline void* malloc_impl(size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc(n, 16);
    if (!is_ready()) return b;
  }
  void* p = real_malloc(n);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

EXPORT void* malloc(size_t n) { return malloc_impl(n); }

EXPORT void* calloc(size_t nmemb, size_t size) {
  if (UNLIKELY(!is_ready())) {
    size_t total;
    if (__builtin_mul_overflow(nmemb, size, &total)) {
      errno = ENOMEM;
      return NULL;
    }
    void* b = boot_alloc(total, 16);
    if (!is_ready()) return b;
  }
  void* p = real_calloc(nmemb, size);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

static __attribute__((noinline)) void free_before_ready(void* p) {
  /* A block of the real allocator freed while resolution is under way. */
  if (wait_ready() || real_free != NULL) real_free(p);
  /* else: nested in our own dlsym before free was resolved; leaking it is the only option */
}

EXPORT void free(void* p) {
  if (UNLIKELY(p == NULL)) return;
  if (in_arena(p)) return; /* bootstrap memory is never reused */
  if (UNLIKELY(!is_ready())) {
    free_before_ready(p);
    return;
  }
  struct thread_state* t = &ts;
  if (LIKELY(!t->busy)) {
    size_t sz = real_usable(p);
    if (UNLIKELY(untrack(p))) report_free_of_sampled(t, p, sz);
    t->free_bytes += sz;
    t->free_calls++;
    t->net -= (int64_t)sz;
    if (UNLIKELY(t->net <= -t->down)) net_slow(t, p);
  } else if (t->in_hook) {
    count_in_hook(t, p, 1);
  }
  real_free(p);
}

static void* realloc_impl(void* p, size_t n) {
  if (p == NULL) return malloc_impl(n);
  if (in_arena(p)) {
    size_t old = arena_size(p);
    void* q = malloc_impl(n);
    if (q != NULL) boot_copy(q, p, old < n ? old : n);
    return q;
  }
  if (UNLIKELY(!is_ready()) && !wait_ready()) return real_realloc ? real_realloc(p, n) : NULL;
  struct thread_state* t = &ts;
  if (UNLIKELY(t->busy)) return real_realloc(p, n);
  size_t old = real_usable(p);
  /* Take p out of the table before the real realloc can free it: once it is freed another
   * thread may get the same address, sample it and track it, and we must not report that
   * allocation as freed. If p stays where it is, it goes back in. */
  int was_tracked = untrack(p);
  void* q = real_realloc(p, n);
  if (q == NULL && n != 0) { /* failed: p untouched */
    if (was_tracked) track(p, -1);
    return NULL;
  }
  if (was_tracked) {
    if (q == p)
      /* back in; the slot it left is normally still free. If three other sampled pointers
       * filled its set in these nanoseconds it stays out, unreported: a sample of ours can
       * only be reported with a sample, and this is not one. */
      track(p, -1);
    else
      report_free_of_sampled(t, p, old); /* moved (or realloc(p, 0) freed it) */
  }
  size_t now = q != NULL ? real_usable(q) : 0;
  t->free_bytes += old;
  t->alloc_bytes += now;
  if (q != NULL) t->alloc_calls++;
  else t->free_calls++;
  t->net += (int64_t)now - (int64_t)old;
  if (UNLIKELY(t->net >= t->up || t->net <= -t->down)) net_slow(t, q != NULL ? q : p);
  return q;
}

EXPORT void* realloc(void* p, size_t n) { return realloc_impl(p, n); }

EXPORT void* reallocarray(void* p, size_t nmemb, size_t size) {
  size_t total;
  if (__builtin_mul_overflow(nmemb, size, &total)) {
    errno = ENOMEM;
    return NULL;
  }
  return realloc_impl(p, total);
}

EXPORT int posix_memalign(void** out, size_t align, size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc(n, align);
    if (!is_ready()) {
      if (b == NULL) return ENOMEM;
      *out = b;
      return 0;
    }
  }
  int rc = real_posix_memalign(out, align, n);
  if (rc == 0 && *out != NULL) on_alloc(*out);
  return rc;
}

EXPORT void* aligned_alloc(size_t align, size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc(n, align);
    if (!is_ready()) return b;
  }
  void* p = real_aligned_alloc(align, n);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

EXPORT void* memalign(size_t align, size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc(n, align);
    if (!is_ready()) return b;
  }
  void* p = real_memalign(align, n);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

/* Not in the list, but glibc implements them outside malloc(): without them their
 * blocks would be counted when freed and never when allocated. */
EXPORT void* valloc(size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc(n, 4096);
    if (!is_ready()) return b;
  }
  void* p = real_valloc ? real_valloc(n) : real_memalign(4096, n);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

EXPORT void* pvalloc(size_t n) {
  if (UNLIKELY(!is_ready())) {
    void* b = boot_alloc((n + 4095) & ~(size_t)4095, 4096);
    if (!is_ready()) return b;
  }
  void* p = real_pvalloc ? real_pvalloc(n) : real_memalign(4096, (n + 4095) & ~(size_t)4095);
  if (LIKELY(p != NULL)) on_alloc(p);
  return p;
}

/* Needed for arena blocks, which the real function would read as garbage. */
EXPORT size_t malloc_usable_size(void* p) {
  if (p == NULL) return 0;
  if (in_arena(p)) return arena_size(p);
  if (UNLIKELY(!is_ready()) && !wait_ready()) return real_usable ? real_usable(p) : 0;
  return real_usable(p);
}

/* ---------------------------------------------------------------------------------------
 * Interposed copies. The fast path is two TLS adds, a compare and a tail call.
 * ------------------------------------------------------------------------------------- */
static inline void on_copy(size_t n, void* d, const void* s) {
  struct thread_state* t = &ts;
  t->copy_acc += n;
  t->copy_calls++;
  if (UNLIKELY(t->copy_acc >= t->copy_threshold)) copy_slow(t, d, s);
}

EXPORT void* memcpy(void* __restrict d, const void* __restrict s, size_t n) {
  on_copy(n, d, s);
  return real_memcpy(d, s, n);
}

EXPORT void* memmove(void* d, const void* s, size_t n) {
  on_copy(n, d, s);
  return real_memmove(d, s, n);
}

/* _FORTIFY_SOURCE builds (Debian/Ubuntu packages) call these instead. */
EXPORT void* __memcpy_chk(void* d, const void* s, size_t n, size_t dlen) {
  on_copy(n, d, s);
  if (LIKELY(real_memcpy_chk != NULL)) return real_memcpy_chk(d, s, n, dlen);
  if (n > dlen) abort();
  return real_memcpy(d, s, n);
}

EXPORT void* __memmove_chk(void* d, const void* s, size_t n, size_t dlen) {
  on_copy(n, d, s);
  if (LIKELY(real_memmove_chk != NULL)) return real_memmove_chk(d, s, n, dlen);
  if (n > dlen) abort();
  return real_memmove(d, s, n);
}

/* ---------------------------------------------------------------------------------------
 * Public API (shim_api.h).
 * ------------------------------------------------------------------------------------- */
EXPORT int scalene_ci_shim_version(void) { return SCALENE_CI_SHIM_API_VERSION; }

EXPORT void scalene_ci_shim_set_hook(scalene_ci_shim_hook_fn hook) { __atomic_store_n(&sample_hook, hook, __ATOMIC_RELEASE); }

EXPORT void scalene_ci_shim_totals(struct scalene_ci_totals* out) {
  if (out == NULL) return;
  struct thread_state* t = &ts;
  if (!t->busy) {
    t->busy = 1;
    flush_thread(t);
    t->busy = 0;
  }
  out->alloc_bytes = __atomic_load_n(&totals.alloc_bytes, __ATOMIC_RELAXED);
  out->free_bytes = __atomic_load_n(&totals.free_bytes, __ATOMIC_RELAXED);
  out->copy_bytes = __atomic_load_n(&totals.copy_bytes, __ATOMIC_RELAXED);
  out->alloc_calls = __atomic_load_n(&totals.alloc_calls, __ATOMIC_RELAXED);
  out->free_calls = __atomic_load_n(&totals.free_calls, __ATOMIC_RELAXED);
  out->copy_calls = __atomic_load_n(&totals.copy_calls, __ATOMIC_RELAXED);
  out->alloc_samples = __atomic_load_n(&totals.alloc_samples, __ATOMIC_RELAXED);
  out->free_samples = __atomic_load_n(&totals.free_samples, __ATOMIC_RELAXED);
  out->copy_samples = __atomic_load_n(&totals.copy_samples, __ATOMIC_RELAXED);
  out->free_of_sampled_samples = __atomic_load_n(&totals.free_of_sampled_samples, __ATOMIC_RELAXED);
  out->dropped_samples = __atomic_load_n(&totals.dropped_samples, __ATOMIC_RELAXED);
  out->malloc_window_bytes = malloc_window;
  out->copy_window_bytes = copy_window;
  out->ring_capacity = RING_CAP;
}

/* ---------------------------------------------------------------------------------------
 * fork: only the forking thread survives in the child. Its counts and the ring's undrained
 * samples belong to the parent (the parent reports them), and a parent thread may have
 * died holding a half-published ring slot or the consumer flag; so the child starts from
 * zero: fresh totals, an empty ring past every old ticket, no tracked pointers.
 * ------------------------------------------------------------------------------------- */
static void atfork_child(void) {
  struct thread_state* t = &ts;
  t->net = 0;
  t->copy_acc = 0;
  t->copy_flushed = 0;
  t->alloc_bytes = t->free_bytes = t->alloc_calls = t->free_calls = t->copy_calls = 0;
  t->rng ^= (uint64_t)(uint32_t)current_tid() * 0x94D049BB133111EBULL;
  if (t->rng == 0) t->rng = 1;
  if (t->up != 0) {
    t->up = first_net_point(t, &t->up_prev);
    t->down = first_net_point(t, &t->down_prev);
  }
  if (t->copy_threshold != 0) t->copy_threshold = next_copy_point(t, 1);
  t->busy = 0;

  uint64_t head = __atomic_load_n(&ring_head, __ATOMIC_RELAXED);
  /* every seq in the ring is < head + CAP, so all of them read as "unused since reset" */
  uint64_t base = head + RING_CAP;
  __atomic_store_n(&ring_base, base, __ATOMIC_RELAXED);
  __atomic_store_n(&ring_head, base, __ATOMIC_RELAXED);
  ring_tail = base;
  __atomic_store_n(&ring_consumer_busy, 0, __ATOMIC_RELAXED);

  uint64_t* f = (uint64_t*)&totals;
  for (size_t i = 0; i < sizeof totals / sizeof(uint64_t); i++) __atomic_store_n(&f[i], 0, __ATOMIC_RELAXED);
  for (size_t i = 0; i < TRACK_SLOTS; i++) __atomic_store_n(&tracked[i], 0, __ATOMIC_RELAXED);
}

/* ---------------------------------------------------------------------------------------
 * Configuration and the debug dump (SCALENE_CI_SHIM_DUMP=<dir>: at exit each process writes
 * <dir>/shim-<pid>.txt with its totals and every undrained sample; see docs/MEMORY.md).
 * Written with open/write/close only: by exit time the allocator may be half torn down by
 * other destructors, and stdio would allocate.
 * ------------------------------------------------------------------------------------- */
static char dump_dir[512];

static uint64_t parse_window(const char* name, uint64_t fallback) {
  const char* v = getenv(name);
  if (v == NULL || *v == 0) return fallback;
  uint64_t x = 0;
  for (const char* c = v; *c; c++) {
    if (*c < '0' || *c > '9' || x > MAX_WINDOW) return fallback;
    x = x * 10 + (uint64_t)(*c - '0');
  }
  if (x == 0 || x > MAX_WINDOW) return fallback;
  return x;
}

struct out_buf {
  int fd;
  size_t len;
  char data[8192];
};

static void out_flush(struct out_buf* o) {
  size_t off = 0;
  while (off < o->len) {
    ssize_t w = write(o->fd, o->data + off, o->len - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    off += (size_t)w;
  }
  o->len = 0;
}

static void out_str(struct out_buf* o, const char* s) {
  for (; *s; s++) {
    if (o->len == sizeof o->data) out_flush(o);
    o->data[o->len++] = *s;
  }
}

static void out_u64(struct out_buf* o, uint64_t v) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  char rev[24];
  for (int i = 0; i < n; i++) rev[i] = tmp[n - 1 - i];
  rev[n] = 0;
  out_str(o, rev);
}

static void out_field(struct out_buf* o, const char* name, uint64_t v) {
  out_str(o, name);
  out_str(o, " ");
  out_u64(o, v);
  out_str(o, "\n");
}

static const char* kind_name(uint32_t kind) {
  switch (kind) {
    case SCALENE_CI_SAMPLE_ALLOC: return "alloc";
    case SCALENE_CI_SAMPLE_FREE: return "free";
    case SCALENE_CI_SAMPLE_COPY: return "copy";
    case SCALENE_CI_SAMPLE_FREE_OF_SAMPLED: return "free_of_sampled";
    default: return "unknown";
  }
}

static void write_dump(void) {
  char path[600];
  size_t n = 0;
  for (const char* c = dump_dir; *c && n < 500; c++) path[n++] = *c;
  const char* name = "/shim-";
  for (const char* c = name; *c; c++) path[n++] = *c;
  char pid_digits[24];
  int pn = 0;
  uint64_t pid = (uint64_t)getpid();
  do {
    pid_digits[pn++] = (char)('0' + pid % 10);
    pid /= 10;
  } while (pid);
  while (pn > 0) path[n++] = pid_digits[--pn];
  const char* ext = ".txt";
  for (const char* c = ext; *c; c++) path[n++] = *c;
  path[n] = 0;

  struct out_buf o;
  o.fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (o.fd < 0) return;
  o.len = 0;

  struct scalene_ci_totals tot;
  scalene_ci_shim_totals(&tot);
  char exe[512];
  ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
  exe[el > 0 ? el : 0] = 0;

  out_field(&o, "scalene-ci-shim-dump", SCALENE_CI_SHIM_API_VERSION);
  out_field(&o, "pid", (uint64_t)getpid());
  out_field(&o, "ppid", (uint64_t)getppid());
  out_str(&o, "exe ");
  for (char* c = exe; *c; c++) if (*c == '\n') *c = '?';
  out_str(&o, exe);
  out_str(&o, "\n");
  out_field(&o, "alloc_bytes", tot.alloc_bytes);
  out_field(&o, "free_bytes", tot.free_bytes);
  out_field(&o, "copy_bytes", tot.copy_bytes);
  out_field(&o, "alloc_calls", tot.alloc_calls);
  out_field(&o, "free_calls", tot.free_calls);
  out_field(&o, "copy_calls", tot.copy_calls);
  out_field(&o, "alloc_samples", tot.alloc_samples);
  out_field(&o, "free_samples", tot.free_samples);
  out_field(&o, "copy_samples", tot.copy_samples);
  out_field(&o, "free_of_sampled_samples", tot.free_of_sampled_samples);
  out_field(&o, "dropped_samples", tot.dropped_samples);
  out_field(&o, "malloc_window_bytes", tot.malloc_window_bytes);
  out_field(&o, "copy_window_bytes", tot.copy_window_bytes);
  out_field(&o, "ring_capacity", tot.ring_capacity);

  struct scalene_ci_sample batch[128];
  size_t got;
  while ((got = scalene_ci_shim_drain(batch, 128)) > 0) {
    for (size_t i = 0; i < got; i++) {
      /* sample <kind> <mono_us> <tid> <bytes> <addr> <aux> */
      out_str(&o, "sample ");
      out_str(&o, kind_name(batch[i].kind));
      out_str(&o, " ");
      out_u64(&o, batch[i].mono_us);
      out_str(&o, " ");
      out_u64(&o, (uint64_t)(uint32_t)batch[i].tid);
      out_str(&o, " ");
      out_u64(&o, batch[i].bytes);
      out_str(&o, " ");
      out_u64(&o, batch[i].addr);
      out_str(&o, " ");
      out_u64(&o, batch[i].aux);
      out_str(&o, "\n");
    }
  }
  out_str(&o, "end\n");
  out_flush(&o);
  close(o.fd);
}

__attribute__((constructor)) static void shim_init(void) {
  resolve();
  /* Read the environment here rather than in resolve(): the first malloc can come from the
   * dynamic loader before libc has set up environ; constructors run after libc's. */
  malloc_window = parse_window("SCALENE_CI_MALLOC_WINDOW_BYTES", DEFAULT_MALLOC_WINDOW);
  copy_window = parse_window("SCALENE_CI_COPY_WINDOW_BYTES", DEFAULT_COPY_WINDOW);
  const char* d = getenv("SCALENE_CI_SHIM_DUMP");
  if (d != NULL) {
    size_t i = 0;
    for (; d[i] && i < sizeof dump_dir - 1; i++) dump_dir[i] = d[i];
    dump_dir[i] = 0;
  }
  struct thread_state* t = &ts;
  t->busy = 1;
  if (pthread_key_create(&exit_key, on_thread_exit) == 0) exit_key_ok = 1;
  pthread_atfork(NULL, NULL, atfork_child);
  /* Redraw this thread's thresholds with the configured windows (it may have allocated
   * before we got here) and register it. */
  setup_thread(t);
  t->busy = 0;
}

__attribute__((destructor)) static void shim_fini(void) {
  if (dump_dir[0] == 0) return;
  struct thread_state* t = &ts;
  int was_busy = t->busy;
  t->busy = 1;
  flush_thread(t); /* scalene_ci_shim_totals() skips the flush while busy */
  write_dump();
  t->busy = was_busy;
}
