/*
 * Test harness for libscalene_ci_shim.so. Run it with the shim in LD_PRELOAD:
 *
 *   LD_PRELOAD=build/shim/libscalene_ci_shim.so harness <scenario>
 *
 * Each scenario does work whose ground truth it computes itself (usable sizes of its own
 * blocks, bytes it copies), drains the shim through the same dlsym'd API the addon uses,
 * and prints one JSON object of measured figures. It asserts nothing: test/shim.test.ts
 * holds the tolerances, so a failure shows the numbers. Exit status 0 unless the scenario
 * itself could not run (e.g. the shim is not loaded: exit 3).
 *
 * Built with -fno-builtin so that every malloc/free/memcpy below is a real call the shim
 * sees, not something the compiler folded away.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <inttypes.h>
#include <malloc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../native/shim/shim_api.h"

static scalene_ci_shim_version_fn shim_version;
static scalene_ci_shim_drain_fn shim_drain;
static scalene_ci_shim_totals_fn shim_totals;

/* Keeps the compiler from treating memcpy as the builtin even at -O2. */
static void* (*volatile copy_fn)(void*, const void*, size_t) = memcpy;
static void* (*volatile move_fn)(void*, const void*, size_t) = memmove;

#define MiB (1024ull * 1024ull)

struct sums {
  uint64_t n[5];     /* sample count per kind */
  uint64_t bytes[5]; /* bytes per kind */
  uint64_t total;
  uint64_t evicted; /* ALLOC samples that evicted a tracked pointer */
  uint64_t alloc_block_min, alloc_block_max, alloc_block_sum; /* ALLOC samples' block sizes */
  uint64_t block_mismatch; /* FREE_OF_SAMPLED with block != bytes, or FREE/COPY with a block */
};

static struct scalene_ci_sample buf[65536];

static struct sums drain_all(void) {
  struct sums s;
  memset(&s, 0, sizeof s);
  size_t got;
  while ((got = shim_drain(buf, sizeof buf / sizeof buf[0])) > 0) {
    for (size_t i = 0; i < got; i++) {
      uint32_t k = buf[i].kind < 5 ? buf[i].kind : 0;
      s.n[k]++;
      s.bytes[k] += buf[i].bytes;
      s.total++;
      if (k == SCALENE_CI_SAMPLE_ALLOC && buf[i].aux != 0) s.evicted++;
      if (k == SCALENE_CI_SAMPLE_ALLOC) {
        uint64_t b = buf[i].block_bytes;
        if (s.alloc_block_min == 0 || b < s.alloc_block_min) s.alloc_block_min = b;
        if (b > s.alloc_block_max) s.alloc_block_max = b;
        s.alloc_block_sum += b;
      } else if (k == SCALENE_CI_SAMPLE_FREE_OF_SAMPLED ? buf[i].block_bytes != buf[i].bytes : buf[i].block_bytes != 0) {
        s.block_mismatch++;
      }
    }
  }
  return s;
}

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

static void print_sums(const char* name, struct sums s) {
  printf("\"%s\":{\"alloc_n\":%" PRIu64 ",\"alloc_bytes\":%" PRIu64 ",\"free_n\":%" PRIu64 ",\"free_bytes\":%" PRIu64
         ",\"copy_n\":%" PRIu64 ",\"copy_bytes\":%" PRIu64 ",\"fos_n\":%" PRIu64 ",\"fos_bytes\":%" PRIu64 ",\"evicted\":%" PRIu64
         ",\"alloc_block_min\":%" PRIu64 ",\"alloc_block_max\":%" PRIu64 ",\"alloc_block_sum\":%" PRIu64 ",\"block_mismatch\":%" PRIu64 "}",
         name, s.n[1], s.bytes[1], s.n[2], s.bytes[2], s.n[3], s.bytes[3], s.n[4], s.bytes[4], s.evicted, s.alloc_block_min,
         s.alloc_block_max, s.alloc_block_sum, s.block_mismatch);
}

static void print_totals(const char* name, const struct scalene_ci_totals* t) {
  printf("\"%s\":{\"alloc_bytes\":%" PRIu64 ",\"free_bytes\":%" PRIu64 ",\"copy_bytes\":%" PRIu64
         ",\"alloc_calls\":%" PRIu64 ",\"free_calls\":%" PRIu64 ",\"copy_calls\":%" PRIu64 ",\"dropped\":%" PRIu64
         ",\"malloc_window\":%" PRIu64 ",\"copy_window\":%" PRIu64 "}",
         name, t->alloc_bytes, t->free_bytes, t->copy_bytes, t->alloc_calls, t->free_calls, t->copy_calls,
         t->dropped_samples, t->malloc_window_bytes, t->copy_window_bytes);
}

/* 100 MiB in blocks of 1 KiB..1 MiB, all kept, then all freed. */
static int scenario_alloc(void) {
  enum { MAXB = 4096 };
  static void* blocks[MAXB];
  size_t nb = 0;
  uint64_t truth = 0, requested = 0;
  drain_all();
  while (requested < 100 * MiB && nb < MAXB) {
    size_t sz = 1024 + (size_t)(rnd() % (MiB - 1024 + 1));
    void* p = malloc(sz);
    if (!p) return 2;
    ((volatile char*)p)[0] = 1;
    blocks[nb++] = p;
    requested += sz;
    truth += malloc_usable_size(p);
  }
  struct sums grow = drain_all();
  for (size_t i = 0; i < nb; i++) free(blocks[i]);
  struct sums shrink = drain_all();
  printf("{\"blocks\":%zu,\"requested\":%" PRIu64 ",\"truth\":%" PRIu64 ",", nb, requested, truth);
  print_sums("grow", grow);
  printf(",");
  print_sums("shrink", shrink);
  printf("}\n");
  return 0;
}

/* 700 MiB through memcpy and memmove in blocks of 4 KiB..1 MiB. */
static int scenario_copy(void) {
  char* src = malloc(MiB);
  char* dst = malloc(2 * MiB);
  if (!src || !dst) return 2;
  for (size_t i = 0; i < MiB; i++) src[i] = (char)i;
  struct scalene_ci_totals before, after;
  drain_all();
  shim_totals(&before);
  uint64_t copied = 0;
  int turn = 0;
  while (copied < 700 * MiB) {
    size_t n = 4096 + (size_t)(rnd() % (MiB - 4096 + 1));
    if (copied + n > 700 * MiB) n = (size_t)(700 * MiB - copied);
    if (turn++ & 1)
      move_fn(dst + 7, dst, n); /* overlapping: a real memmove */
    else
      copy_fn(dst, src, n);
    copied += n;
  }
  struct sums s = drain_all();
  shim_totals(&after);
  printf("{\"copied\":%" PRIu64 ",\"totals_copy_delta\":%" PRIu64 ",\"copy_window\":%" PRIu64 ",", copied,
         after.copy_bytes - before.copy_bytes, after.copy_window_bytes);
  print_sums("samples", s);
  printf("}\n");
  free(src);
  free(dst);
  return 0;
}

/* A loop of three calls of different sizes, repeated: the attribution Scalene's sampling must
 * get right per call (per line, in a program). Allocations of 384 KiB, 640 KiB and 2 MiB
 * (one window is 1 MiB), kept; copies of 150, 300 and 1500 KiB into three destinations (the
 * test sets a 1 MiB copy window: the default's ratios, 1/7 of the bytes to copy). Each call's sampled bytes are told apart by the crossing block's size
 * (ALLOC) or by the destination (COPY). Truth: the rounds times each call's bytes. */
static int scenario_pattern(void) {
  enum { ROUNDS = 400, COPY_ROUNDS = 1400 };
  static const size_t asz[3] = {384 * 1024, 640 * 1024, 2 * MiB};
  static const size_t csz[3] = {150 * 1024, 300 * 1024, 1500 * 1024};
  static void* kept[ROUNDS * 3];
  uint64_t atruth[3] = {0, 0, 0}, abytes[3] = {0, 0, 0}, ctruth[3] = {0, 0, 0}, cbytes[3] = {0, 0, 0};
  size_t usable[3];
  char* src = malloc(2 * MiB);
  char* dst[3];
  if (!src) return 2;
  memset(src, 1, 2 * MiB);
  for (int k = 0; k < 3; k++) {
    dst[k] = malloc(csz[k]);
    if (!dst[k]) return 2;
  }
  drain_all();
  for (int r = 0; r < ROUNDS; r++) {
    for (int k = 0; k < 3; k++) {
      void* p = malloc(asz[k]);
      if (!p) return 2;
      ((volatile char*)p)[0] = 1;
      kept[r * 3 + k] = p;
      usable[k] = malloc_usable_size(p);
      atruth[k] += usable[k];
    }
  }
  size_t got;
  while ((got = shim_drain(buf, sizeof buf / sizeof buf[0])) > 0) {
    for (size_t i = 0; i < got; i++) {
      if (buf[i].kind != SCALENE_CI_SAMPLE_ALLOC) continue;
      for (int k = 0; k < 3; k++)
        if (buf[i].block_bytes == usable[k]) abytes[k] += buf[i].bytes;
    }
  }
  for (int r = 0; r < COPY_ROUNDS; r++)
    for (int k = 0; k < 3; k++) {
      copy_fn(dst[k], src, csz[k]);
      ctruth[k] += csz[k];
    }
  while ((got = shim_drain(buf, sizeof buf / sizeof buf[0])) > 0) {
    for (size_t i = 0; i < got; i++) {
      if (buf[i].kind != SCALENE_CI_SAMPLE_COPY) continue;
      for (int k = 0; k < 3; k++)
        if (buf[i].addr == (uint64_t)(uintptr_t)dst[k]) cbytes[k] += buf[i].bytes;
    }
  }
  printf("{\"alloc_truth\":[%" PRIu64 ",%" PRIu64 ",%" PRIu64 "],\"alloc_sampled\":[%" PRIu64 ",%" PRIu64 ",%" PRIu64 "],",
         atruth[0], atruth[1], atruth[2], abytes[0], abytes[1], abytes[2]);
  struct scalene_ci_totals t;
  shim_totals(&t);
  printf("\"copy_truth\":[%" PRIu64 ",%" PRIu64 ",%" PRIu64 "],\"copy_sampled\":[%" PRIu64 ",%" PRIu64 ",%" PRIu64 "],"
         "\"malloc_window\":%" PRIu64 ",\"copy_window\":%" PRIu64 "}\n",
         ctruth[0], ctruth[1], ctruth[2], cbytes[0], cbytes[1], cbytes[2], t.malloc_window_bytes, t.copy_window_bytes);
  for (int i = 0; i < ROUNDS * 3; i++) free(kept[i]);
  for (int k = 0; k < 3; k++) free(dst[k]);
  free(src);
  return 0;
}

/* A million 1000-byte malloc/free pairs: lots of calls, no net movement. */
static int scenario_churn(void) {
  struct scalene_ci_totals before, after;
  drain_all();
  shim_totals(&before);
  for (int i = 0; i < 1000000; i++) {
    void* p = malloc(1000);
    ((volatile char*)p)[0] = 1;
    free(p);
  }
  struct sums s = drain_all();
  shim_totals(&after);
  printf("{\"pairs\":1000000,\"alloc_calls_delta\":%" PRIu64 ",\"free_calls_delta\":%" PRIu64
         ",\"alloc_bytes_delta\":%" PRIu64 ",",
         after.alloc_calls - before.alloc_calls, after.free_calls - before.free_calls,
         after.alloc_bytes - before.alloc_bytes);
  print_sums("samples", s);
  printf("}\n");
  return 0;
}

/* Parent allocates 20 MiB and leaves its samples undrained; the child must not see them,
 * must sample its own 10 MiB, and the parent must keep sampling after the fork. */
static int scenario_fork(void) {
  enum { N = 20 };
  void* parent_blocks[N];
  drain_all();
  for (int i = 0; i < N; i++) parent_blocks[i] = malloc(MiB);
  int fds[2];
  if (pipe(fds) != 0) return 2;
  pid_t pid = fork();
  if (pid < 0) return 2;
  if (pid == 0) {
    close(fds[0]);
    struct scalene_ci_totals t0;
    shim_totals(&t0);
    void* child_blocks[10];
    uint64_t truth = 0;
    for (int i = 0; i < 10; i++) {
      child_blocks[i] = malloc(MiB);
      truth += malloc_usable_size(child_blocks[i]);
    }
    struct sums s = drain_all();
    char line[512];
    int len = snprintf(line, sizeof line,
                       "{\"truth\":%" PRIu64 ",\"alloc_bytes\":%" PRIu64 ",\"totals_alloc_at_start\":%" PRIu64
                       ",\"alloc_n\":%" PRIu64 "}",
                       truth, s.bytes[1], t0.alloc_bytes, s.n[1]);
    if (write(fds[1], line, (size_t)len) != len) _exit(5);
    for (int i = 0; i < 10; i++) free(child_blocks[i]);
    exit(0); /* exit(), not _exit(): the shim's destructor runs in the child too */
  }
  close(fds[1]);
  char child_line[512] = {0};
  ssize_t r = read(fds[0], child_line, sizeof child_line - 1);
  if (r < 0) r = 0;
  child_line[r] = 0;
  int status = 0;
  waitpid(pid, &status, 0);
  struct sums before_fork = drain_all(); /* parent's pre-fork samples are still its own */
  void* more[5];
  for (int i = 0; i < 5; i++) more[i] = malloc(MiB);
  struct sums after_fork = drain_all();
  for (int i = 0; i < 5; i++) free(more[i]);
  for (int i = 0; i < N; i++) free(parent_blocks[i]);
  printf("{\"child_exit\":%d,\"child\":%s,\"parent_before_fork_alloc_bytes\":%" PRIu64
         ",\"parent_after_fork_alloc_bytes\":%" PRIu64 "}\n",
         WIFEXITED(status) ? WEXITSTATUS(status) : -1, child_line[0] ? child_line : "null",
         before_fork.bytes[1], after_fork.bytes[1]);
  return 0;
}

/* 16 threads allocate, copy and free concurrently; totals must match the sum of what they did. */
struct thread_result {
  uint64_t alloc_usable, free_usable, copied, allocs, frees, copies;
};

static void* thread_body(void* arg) {
  struct thread_result* r = arg;
  uint64_t state = (uint64_t)(uintptr_t)arg * 0x9E3779B97F4A7C15ull | 1;
  enum { LIVE = 64 };
  void* live[LIVE] = {0};
  static char src[256 * 1024];
  char* dst = malloc(sizeof src);
  r->alloc_usable += malloc_usable_size(dst);
  r->allocs++;
  for (int i = 0; i < 10000; i++) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    int slot = (int)(state % LIVE);
    if (live[slot]) {
      r->free_usable += malloc_usable_size(live[slot]);
      r->frees++;
      free(live[slot]);
    }
    size_t sz = 16 + (size_t)((state >> 20) % 65536);
    void* p = (state & 1) ? malloc(sz) : calloc(1, sz);
    ((volatile char*)p)[0] = 1;
    r->alloc_usable += malloc_usable_size(p);
    r->allocs++;
    live[slot] = p;
    size_t n = (size_t)((state >> 40) % sizeof src);
    copy_fn(dst, src, n);
    r->copied += n;
    r->copies++;
  }
  for (int i = 0; i < LIVE; i++)
    if (live[i]) {
      r->free_usable += malloc_usable_size(live[i]);
      r->frees++;
      free(live[i]);
    }
  r->free_usable += malloc_usable_size(dst);
  r->frees++;
  free(dst);
  return NULL;
}

static int scenario_threads(void) {
  enum { T = 16 };
  static struct thread_result results[T];
  pthread_t th[T];
  drain_all();
  struct scalene_ci_totals before, after;
  shim_totals(&before);
  for (int i = 0; i < T; i++)
    if (pthread_create(&th[i], NULL, thread_body, &results[i]) != 0) return 2;
  for (int i = 0; i < T; i++) pthread_join(th[i], NULL);
  shim_totals(&after);
  struct sums s = drain_all();
  struct thread_result sum = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < T; i++) {
    sum.alloc_usable += results[i].alloc_usable;
    sum.free_usable += results[i].free_usable;
    sum.copied += results[i].copied;
    sum.allocs += results[i].allocs;
    sum.frees += results[i].frees;
    sum.copies += results[i].copies;
  }
  printf("{\"threads\":%d,\"truth\":{\"alloc_bytes\":%" PRIu64 ",\"free_bytes\":%" PRIu64 ",\"copy_bytes\":%" PRIu64
         ",\"alloc_calls\":%" PRIu64 ",\"free_calls\":%" PRIu64 ",\"copy_calls\":%" PRIu64 "},",
         T, sum.alloc_usable, sum.free_usable, sum.copied, sum.allocs, sum.frees, sum.copies);
  struct scalene_ci_totals d;
  d.alloc_bytes = after.alloc_bytes - before.alloc_bytes;
  d.free_bytes = after.free_bytes - before.free_bytes;
  d.copy_bytes = after.copy_bytes - before.copy_bytes;
  d.alloc_calls = after.alloc_calls - before.alloc_calls;
  d.free_calls = after.free_calls - before.free_calls;
  d.copy_calls = after.copy_calls - before.copy_calls;
  d.dropped_samples = after.dropped_samples - before.dropped_samples;
  d.malloc_window_bytes = after.malloc_window_bytes;
  d.copy_window_bytes = after.copy_window_bytes;
  print_totals("delta", &d);
  printf(",");
  print_sums("samples", s);
  printf("}\n");
  return 0;
}

/* Leak tracking: 64 blocks of 2 MiB (each one crosses the window, so each is a sampled
 * pointer), free the even ones; FREE_OF_SAMPLED must name exactly those. Also realloc. */
static int scenario_leak(void) {
  enum { N = 64 };
  void* blocks[N];
  drain_all();
  for (int i = 0; i < N; i++) blocks[i] = malloc(2 * MiB);
  size_t got = shim_drain(buf, sizeof buf / sizeof buf[0]);
  int sampled = 0, sampled_ours = 0;
  for (size_t i = 0; i < got; i++)
    if (buf[i].kind == SCALENE_CI_SAMPLE_ALLOC) {
      sampled++;
      for (int j = 0; j < N; j++)
        if (buf[i].addr == (uint64_t)(uintptr_t)blocks[j]) sampled_ours++;
    }
  for (int i = 0; i < N; i += 2) free(blocks[i]);
  /* A sampled block moved by realloc counts as freed; growing one in place does not. */
  void* moved = blocks[1];
  void* q = realloc(moved, 64 * MiB);
  int moved_is_new = q != moved;
  blocks[1] = q;
  got = shim_drain(buf, sizeof buf / sizeof buf[0]);
  int fos = 0, fos_even = 0, fos_odd = 0, fos_moved = 0;
  for (size_t i = 0; i < got; i++)
    if (buf[i].kind == SCALENE_CI_SAMPLE_FREE_OF_SAMPLED) {
      fos++;
      if (buf[i].addr == (uint64_t)(uintptr_t)moved && moved_is_new) {
        fos_moved++;
        continue;
      }
      for (int j = 0; j < N; j++)
        if (buf[i].addr == (uint64_t)(uintptr_t)blocks[j]) {
          if (j % 2 == 0) fos_even++;
          else fos_odd++;
        }
    }
  /* blocks[] still holds the freed even pointers' old values, which is what we compare. */
  for (int i = 1; i < N; i += 2) free(blocks[i]);
  printf("{\"blocks\":%d,\"sampled\":%d,\"sampled_ours\":%d,\"fos\":%d,\"fos_even\":%d,\"fos_odd\":%d,"
         "\"realloc_moved\":%d,\"fos_moved\":%d}\n",
         N, sampled, sampled_ours, fos, fos_even, fos_odd, moved_is_new, fos_moved);
  return 0;
}

/* A 1-byte window makes every allocation a sample: with the ring unread, 100k samples
 * overflow its 64k slots; the overflow must be counted, never block or corrupt. */
static int scenario_overflow(void) {
  struct scalene_ci_totals before, after;
  drain_all();
  shim_totals(&before);
  for (int i = 0; i < 100000; i++) {
    void* p = malloc(64);
    ((volatile char*)p)[0] = 1;
    free(p);
  }
  shim_totals(&after);
  struct sums s = drain_all();
  /* the ring works again after a drain */
  void* p = malloc(64);
  struct sums again = drain_all();
  free(p);
  printf("{\"window\":%" PRIu64 ",\"capacity\":%" PRIu64 ",\"drained\":%" PRIu64 ",\"dropped\":%" PRIu64
         ",\"samples_counted\":%" PRIu64 ",\"after_drain\":%" PRIu64 "}\n",
         after.malloc_window_bytes, after.ring_capacity, s.total, after.dropped_samples - before.dropped_samples,
         s.n[1] + s.n[2] + s.n[3] + s.n[4], again.total);
  return 0;
}

/* Per-call cost, for bench/shim-overhead.mjs: runs with or without the shim. */
static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int scenario_speed(void) {
  enum { N = 5000000 };
  static char a[4096], b[4096];
  void* (*volatile alloc_fn)(size_t) = malloc;
  void (*volatile free_fn)(void*) = free;
  double best_pair = 1e30, best_copy = 1e30, best_big = 1e30;
  for (int rep = 0; rep < 5; rep++) {
    double t0 = now_ns();
    for (int i = 0; i < N; i++) {
      void* p = alloc_fn(16 + (size_t)(i & 255));
      ((volatile char*)p)[0] = 1;
      free_fn(p);
    }
    double t1 = now_ns();
    for (int i = 0; i < N; i++) copy_fn(a + (i & 63), b, 64);
    double t2 = now_ns();
    for (int i = 0; i < N / 10; i++) copy_fn(a, b, 4096);
    double t3 = now_ns();
    if ((t1 - t0) / N < best_pair) best_pair = (t1 - t0) / N;
    if ((t2 - t1) / N < best_copy) best_copy = (t2 - t1) / N;
    if ((t3 - t2) / (N / 10) < best_big) best_big = (t3 - t2) / (N / 10);
  }
  printf("{\"shim\":%s,\"malloc_free_pair_ns\":%.2f,\"memcpy64_ns\":%.2f,\"memcpy4k_ns\":%.2f}\n",
         shim_version ? "true" : "false", best_pair, best_copy, best_big);
  return 0;
}

int main(int argc, char** argv) {
  shim_version = (scalene_ci_shim_version_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_version");
  shim_drain = (scalene_ci_shim_drain_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_drain");
  shim_totals = (scalene_ci_shim_totals_fn)dlsym(RTLD_DEFAULT, "scalene_ci_shim_totals");
  if (argc > 1 && !strcmp(argv[1], "speed")) return scenario_speed();
  if (!shim_version || !shim_drain || !shim_totals) {
    printf("{\"shim\":false}\n");
    return 3;
  }
  if (shim_version() != SCALENE_CI_SHIM_API_VERSION) {
    printf("{\"shim\":true,\"version\":%d}\n", shim_version());
    return 4;
  }
  setvbuf(stdout, NULL, _IOLBF, 0);
  const char* which = argc > 1 ? argv[1] : "";
  if (!strcmp(which, "alloc")) return scenario_alloc();
  if (!strcmp(which, "copy")) return scenario_copy();
  if (!strcmp(which, "churn")) return scenario_churn();
  if (!strcmp(which, "fork")) return scenario_fork();
  if (!strcmp(which, "threads")) return scenario_threads();
  if (!strcmp(which, "leak")) return scenario_leak();
  if (!strcmp(which, "overflow")) return scenario_overflow();
  if (!strcmp(which, "pattern")) return scenario_pattern();
  fprintf(stderr, "usage: harness alloc|copy|churn|fork|threads|leak|overflow|pattern|speed\n");
  return 2;
}
