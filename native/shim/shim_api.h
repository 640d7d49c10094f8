/*
 * Public ABI of libscalene_ci_shim.so, the allocation/copy sampling library that
 * `scalene-ci run` preloads (LD_PRELOAD) into every process of the profiled tree.
 *
 * Consumers never link against the shim: it is either already in the process (preloaded)
 * or absent. Find it at run time with
 *
 *   auto version = (scalene_ci_shim_version_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_version");
 *   if (version && version() == SCALENE_CI_SHIM_API_VERSION) {
 *     auto drain  = (scalene_ci_shim_drain_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_drain");
 *     auto totals = (scalene_ci_shim_totals_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_totals");
 *   }
 *
 * and check the version before trusting the struct layouts below: they change only together
 * with SCALENE_CI_SHIM_API_VERSION. Plain C, fixed-width fields, no padding, so the same
 * header serves C, C++ and a hand-written reader of the dump file.
 */
#ifndef SCALENE_CI_SHIM_API_H
#define SCALENE_CI_SHIM_API_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SCALENE_CI_SHIM_API_VERSION 2

/* Sample kinds (scalene_ci_sample.kind). */
enum scalene_ci_sample_kind {
  /* This thread's net allocation (allocated − freed usable bytes) grew past its window.
   * bytes = one window per sampling point of net growth the crossing call passed (the
   *         thread's net allocation since its previous ALLOC/FREE sample, within a window);
   * addr  = the pointer returned by the allocation that crossed the window (it is now
   *         tracked for leak detection: a later FREE_OF_SAMPLED with the same addr means
   *         it was freed);
   * aux   = a previously tracked sampled pointer that this one evicted from the fixed
   *         tracking table (0 if none): its fate is unknown from here on;
   * block_bytes = addr's usable size (the crossing block itself, not the window it closed:
   *         leak detection weighs a freed sample by it against the line's usual block). */
  SCALENE_CI_SAMPLE_ALLOC = 1,
  /* This thread's net allocation shrank past its window. bytes = one window per sampling
   * point of net shrinkage passed (positive); addr = the pointer whose free crossed the
   * window; aux = 0. */
  SCALENE_CI_SAMPLE_FREE = 2,
  /* This thread copied past its copy window through memcpy/memmove (libc copies only: copies
   * inside V8-generated code never reach libc). bytes = one copy window per sampling point
   * the crossing copy passed; addr = destination, aux = source of the crossing copy. */
  SCALENE_CI_SAMPLE_COPY = 3,
  /* A pointer reported by an earlier ALLOC sample (and not evicted) was freed, or moved by
   * realloc. addr = that pointer, bytes = block_bytes = its usable size, aux = 0. */
  SCALENE_CI_SAMPLE_FREE_OF_SAMPLED = 4
};

struct scalene_ci_sample {
  uint64_t mono_us; /* CLOCK_MONOTONIC in µs: the clock V8 stamps CPU samples with */
  uint64_t bytes;
  uint64_t addr;
  uint64_t aux;
  uint64_t block_bytes; /* ALLOC and FREE_OF_SAMPLED: addr's usable size; else 0 */
  int32_t tid; /* gettid() of the thread that took the sample */
  uint32_t kind; /* enum scalene_ci_sample_kind */
}; /* 48 bytes */

/* Per-process cumulative figures since the process started (or since fork, in a child).
 * Byte counts are usable sizes (malloc_usable_size), so allocations and frees balance.
 * Exact for every thread that has exited and for the calling thread; each other live thread
 * may hold back less than one window of not-yet-flushed bytes. */
struct scalene_ci_totals {
  uint64_t alloc_bytes; /* gross bytes allocated (malloc, calloc, realloc's new block, ...) */
  uint64_t free_bytes;  /* gross bytes freed (free, realloc's old block) */
  uint64_t copy_bytes;  /* bytes passed to memcpy/memmove (and their _chk variants) */
  uint64_t alloc_calls; /* successful allocating calls, realloc included */
  uint64_t free_calls;  /* free() of a non-NULL pointer */
  uint64_t copy_calls;
  uint64_t alloc_samples;
  uint64_t free_samples;
  uint64_t copy_samples;
  uint64_t free_of_sampled_samples;
  uint64_t dropped_samples;     /* samples lost because the ring was full */
  uint64_t malloc_window_bytes; /* mean window in effect (see docs/MEMORY.md) */
  uint64_t copy_window_bytes;
  uint64_t ring_capacity;       /* samples the ring holds between two drains */
}; /* 112 bytes */

typedef int (*scalene_ci_shim_version_fn)(void);
/* Copies up to max samples, oldest first, into out and returns how many. Single consumer:
 * a second concurrent caller gets 0. Never blocks. */
typedef size_t (*scalene_ci_shim_drain_fn)(struct scalene_ci_sample* out, size_t max);
typedef void (*scalene_ci_shim_totals_fn)(struct scalene_ci_totals* out);
/* Called on the sampling thread right after it took an ALLOC or COPY sample (kind), with the
 * sample's mono_us, from inside the malloc/memcpy that crossed the window. Nested
 * allocations and copies made by the hook are counted in the totals but never sampled, and
 * the hook is not re-entered. Optional (look it up with dlsym); NULL removes it. */
typedef void (*scalene_ci_shim_hook_fn)(uint32_t kind, uint64_t mono_us);
typedef void (*scalene_ci_shim_set_hook_fn)(scalene_ci_shim_hook_fn hook);

int scalene_ci_shim_version(void);
size_t scalene_ci_shim_drain(struct scalene_ci_sample* out, size_t max);
void scalene_ci_shim_totals(struct scalene_ci_totals* out);
void scalene_ci_shim_set_hook(scalene_ci_shim_hook_fn hook);

#ifdef __cplusplus
}
#endif

#endif /* SCALENE_CI_SHIM_API_H */
