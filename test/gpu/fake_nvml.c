/*
 * A scripted stand-in for libnvidia-ml.so.1, built by test/gpu.test.ts and loaded
 * through the addon's real dlopen path (SCALENE_CI_NVML_LIB). It models what the
 * profiler relies on from the real driver:
 *  - the driver samples every `period_ms`; a process sample (pid, timestamp, smUtil) is
 *    the process's average utilisation over the period ending at the timestamp, rounded
 *    to a whole percent, reported only when non-zero, stamped in CLOCK_REALTIME µs, and
 *    returned only when newer than lastSeenTimeStamp;
 *  - device utilisation is the sum over processes for the last completed period;
 *  - accounting stats give a lifetime-average whole percent and a start time.
 *
 * The script (file named by $FAKE_NVML_SCRIPT, read at nvmlInit) is one directive a line:
 *   t0 <monotonic µs>                 origin of all times below (default: nvmlInit)
 *   init_error <nvmlReturn_t>         nvmlInit fails with this code
 *   devices <n>
 *   name <dev> <text...>
 *   period_ms <ms>                    driver sampling period (default 20)
 *   procutil <dev> not_supported      nvmlDeviceGetProcessUtilization -> NOT_SUPPORTED
 *   accounting <dev> on               accounting mode enabled
 *   compute <dev> not_supported       nvmlDeviceGetComputeRunningProcesses -> NOT_SUPPORTED
 *   seg <dev> <pid|self> <from_ms> <to_ms|inf> <util %> <mem bytes>
 *                                     while from <= t < to, pid holds a context on dev
 *                                     using mem bytes and runs kernels util % of the time
 * Build with -DFAKE_V1_ONLY to export only the oldest process-list entry point (16-byte
 * entries) instead of _v3/_v2 (24-byte entries).
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_DEV 8
#define MAX_SEG 64
#define NVML_SUCCESS 0
#define NVML_ERROR_UNINITIALIZED 1
#define NVML_ERROR_INVALID_ARGUMENT 2
#define NVML_ERROR_NOT_SUPPORTED 3
#define NVML_ERROR_NOT_FOUND 6
#define NVML_ERROR_INSUFFICIENT_SIZE 7
#define NVML_ERROR_DRIVER_NOT_LOADED 9

typedef struct {
  unsigned int pid;
  unsigned long long timeStamp;
  unsigned int smUtil, memUtil, encUtil, decUtil;
} sample_t;
typedef struct {
  unsigned int pid;
  unsigned long long usedGpuMemory;
} pinfo_v1_t;
typedef struct {
  unsigned int pid;
  unsigned long long usedGpuMemory;
  unsigned int gpuInstanceId, computeInstanceId;
} pinfo_v2_t;
typedef struct {
  unsigned int gpu, memory;
} util_t;
typedef struct {
  unsigned long long total, free, used;
} mem_t;
typedef struct {
  unsigned int gpuUtilization, memoryUtilization;
  unsigned long long maxMemoryUsage, time, startTime;
  unsigned int isRunning;
  unsigned int reserved[5];
} acct_t;

typedef struct {
  int dev;
  unsigned pid;
  double from_us, to_us; /* relative to t0, monotonic */
  double util;           /* 0..100 */
  unsigned long long mem;
} seg_t;

typedef struct {
  char name[96];
  int procutil_unsupported, accounting_on, compute_unsupported;
} dev_t_;

static struct {
  int initialized;
  int init_error;
  int ndev;
  dev_t_ dev[MAX_DEV];
  seg_t seg[MAX_SEG];
  int nseg;
  double period_us;
  double t0_mono;        /* µs */
  double real_minus_mono; /* µs, fixed at init so stamps are consistent */
} S;

static double mono_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}
static double real_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}
/* Time since t0 in µs. */
static double now_rel(void) { return mono_us() - S.t0_mono; }

static void load_script(void) {
  memset(&S, 0, sizeof S);
  S.period_us = 20000;
  S.ndev = 1;
  snprintf(S.dev[0].name, sizeof S.dev[0].name, "Fake GPU");
  S.t0_mono = mono_us();
  /* Bracketed by two monotonic reads, the tightest of a few (a preemption between two reads
   * would shift every stamp), as the engine does. */
  double gap = 1e18;
  for (int i = 0; i < 4 && gap > 1; i++) {
    double m0 = mono_us(), r = real_us(), m1 = mono_us();
    if (m1 - m0 < gap) {
      gap = m1 - m0;
      S.real_minus_mono = r - (m0 + m1) / 2;
    }
  }
  const char* path = getenv("FAKE_NVML_SCRIPT");
  FILE* f = path ? fopen(path, "r") : NULL;
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    char word[32] = {0};
    int dev = 0;
    if (sscanf(line, "%31s", word) != 1 || word[0] == '#') continue;
    if (!strcmp(word, "t0")) {
      sscanf(line, "%*s %lf", &S.t0_mono);
    } else if (!strcmp(word, "init_error")) {
      sscanf(line, "%*s %d", &S.init_error);
    } else if (!strcmp(word, "devices")) {
      sscanf(line, "%*s %d", &S.ndev);
      if (S.ndev > MAX_DEV) S.ndev = MAX_DEV;
    } else if (!strcmp(word, "name")) {
      int off = 0;
      if (sscanf(line, "%*s %d %n", &dev, &off) >= 1 && dev >= 0 && dev < MAX_DEV) {
        snprintf(S.dev[dev].name, sizeof S.dev[dev].name, "%s", line + off);
        S.dev[dev].name[strcspn(S.dev[dev].name, "\r\n")] = 0;
      }
    } else if (!strcmp(word, "period_ms")) {
      double ms = 20;
      sscanf(line, "%*s %lf", &ms);
      S.period_us = ms * 1000;
    } else if (!strcmp(word, "procutil")) {
      if (sscanf(line, "%*s %d", &dev) == 1 && dev >= 0 && dev < MAX_DEV) S.dev[dev].procutil_unsupported = 1;
    } else if (!strcmp(word, "accounting")) {
      if (sscanf(line, "%*s %d", &dev) == 1 && dev >= 0 && dev < MAX_DEV) S.dev[dev].accounting_on = 1;
    } else if (!strcmp(word, "compute")) {
      if (sscanf(line, "%*s %d", &dev) == 1 && dev >= 0 && dev < MAX_DEV) S.dev[dev].compute_unsupported = 1;
    } else if (!strcmp(word, "seg") && S.nseg < MAX_SEG) {
      char pid[32], to[32];
      double from_ms, util;
      unsigned long long mem;
      if (sscanf(line, "%*s %d %31s %lf %31s %lf %llu", &dev, pid, &from_ms, to, &util, &mem) == 6) {
        seg_t* s = &S.seg[S.nseg++];
        s->dev = dev;
        s->pid = !strcmp(pid, "self") ? (unsigned)getpid() : (unsigned)strtoul(pid, NULL, 10);
        s->from_us = from_ms * 1000;
        s->to_us = !strcmp(to, "inf") ? INFINITY : atof(to) * 1000;
        s->util = util;
        s->mem = mem;
      }
    }
  }
  fclose(f);
}

/* ∫ of pid's utilisation (0..1) on dev over [a, b] (relative µs). pid 0 = every pid. */
static double busy(int dev, unsigned pid, double a, double b) {
  double sum = 0;
  for (int i = 0; i < S.nseg; i++) {
    seg_t* s = &S.seg[i];
    if (s->dev != dev || (pid && s->pid != pid)) continue;
    double lo = a > s->from_us ? a : s->from_us, hi = b < s->to_us ? b : s->to_us;
    if (hi > lo) sum += (hi - lo) * s->util / 100.0;
  }
  return sum;
}

static int valid_dev(void* h) {
  long d = (long)h - 1;
  return S.initialized && d >= 0 && d < S.ndev;
}
#define DEV(h) ((int)((long)(h) - 1))

int nvmlInit_v2(void) {
  load_script();
  if (S.init_error) return S.init_error;
  S.initialized = 1;
  return NVML_SUCCESS;
}
int nvmlShutdown(void) {
  S.initialized = 0;
  return NVML_SUCCESS;
}
const char* nvmlErrorString(int r) {
  switch (r) {
    case 0: return "Success";
    case 3: return "Not Supported";
    case 6: return "Not Found";
    case 7: return "Insufficient Size";
    case 9: return "Driver Not Loaded";
    default: return "Unknown Error";
  }
}
int nvmlDeviceGetCount_v2(unsigned int* n) {
  if (!S.initialized) return NVML_ERROR_UNINITIALIZED;
  *n = (unsigned)S.ndev;
  return NVML_SUCCESS;
}
int nvmlDeviceGetHandleByIndex_v2(unsigned int i, void** h) {
  if (!S.initialized) return NVML_ERROR_UNINITIALIZED;
  if (i >= (unsigned)S.ndev) return NVML_ERROR_INVALID_ARGUMENT;
  *h = (void*)(long)(i + 1);
  return NVML_SUCCESS;
}
int nvmlDeviceGetName(void* h, char* name, unsigned int len) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  snprintf(name, len, "%s", S.dev[DEV(h)].name);
  return NVML_SUCCESS;
}

int nvmlDeviceGetUtilizationRates(void* h, util_t* u) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  double now = now_rel();
  double k = floor(now / S.period_us); /* last completed tick */
  double b = k * S.period_us, a = b - S.period_us;
  double pct = 100.0 * busy(DEV(h), 0, a, b) / S.period_us;
  u->gpu = pct > 100 ? 100 : (unsigned)lround(pct);
  u->memory = 0;
  return NVML_SUCCESS;
}

int nvmlDeviceGetProcessUtilization(void* h, sample_t* out, unsigned int* count, unsigned long long last_seen) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  int dev = DEV(h);
  if (S.dev[dev].procutil_unsupported) return NVML_ERROR_NOT_SUPPORTED;
  sample_t buf[512];
  unsigned n = 0;
  double now = now_rel();
  double last_k = floor(now / S.period_us);
  /* The driver keeps a bounded history: the last 50 ticks. */
  for (double k = last_k - 49; k <= last_k; k++) {
    double b = k * S.period_us, a = b - S.period_us;
    unsigned long long ts = (unsigned long long)llround(S.t0_mono + b + S.real_minus_mono);
    if (ts <= last_seen) continue;
    for (int i = 0; i < S.nseg && n < 512; i++) {
      seg_t* s = &S.seg[i];
      if (s->dev != dev) continue;
      int dup = 0;
      for (unsigned j = 0; j < n; j++) dup |= buf[j].pid == s->pid && buf[j].timeStamp == ts;
      if (dup) continue;
      unsigned pct = (unsigned)lround(100.0 * busy(dev, s->pid, a, b) / S.period_us);
      if (pct == 0) continue;
      buf[n++] = (sample_t){s->pid, ts, pct > 100 ? 100 : pct, 0, 0, 0};
    }
  }
  if (n == 0) {
    *count = 0;
    return NVML_ERROR_NOT_FOUND;
  }
  if (!out || *count < n) {
    *count = n;
    return NVML_ERROR_INSUFFICIENT_SIZE;
  }
  memcpy(out, buf, n * sizeof *buf);
  *count = n;
  return NVML_SUCCESS;
}

/* Pids holding a context on dev now, with their memory; returns how many. */
static unsigned running(int dev, unsigned* pids, unsigned long long* mem) {
  double now = now_rel();
  unsigned n = 0;
  for (int i = 0; i < S.nseg; i++) {
    seg_t* s = &S.seg[i];
    if (s->dev != dev || now < s->from_us || now >= s->to_us) continue;
    unsigned j = 0;
    while (j < n && pids[j] != s->pid) j++;
    if (j == n) {
      pids[n] = s->pid;
      mem[n] = 0;
      n++;
    }
    mem[j] += s->mem;
  }
  return n;
}

static int processes(void* h, unsigned int* count, void* infos, int v1) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  int dev = DEV(h);
  if (S.dev[dev].compute_unsupported) return NVML_ERROR_NOT_SUPPORTED;
  unsigned pids[MAX_SEG];
  unsigned long long mem[MAX_SEG];
  unsigned n = running(dev, pids, mem);
  if (*count < n || (!infos && n > 0)) {
    *count = n;
    return NVML_ERROR_INSUFFICIENT_SIZE;
  }
  for (unsigned i = 0; i < n; i++) {
    if (v1) ((pinfo_v1_t*)infos)[i] = (pinfo_v1_t){pids[i], mem[i]};
    else ((pinfo_v2_t*)infos)[i] = (pinfo_v2_t){pids[i], mem[i], 0xFFFFFFFFu, 0xFFFFFFFFu};
  }
  *count = n;
  return NVML_SUCCESS;
}

#ifdef FAKE_V1_ONLY
int nvmlDeviceGetComputeRunningProcesses(void* h, unsigned int* count, pinfo_v1_t* infos) {
  return processes(h, count, infos, 1);
}
#else
int nvmlDeviceGetComputeRunningProcesses_v3(void* h, unsigned int* count, pinfo_v2_t* infos) {
  return processes(h, count, infos, 0);
}
int nvmlDeviceGetComputeRunningProcesses_v2(void* h, unsigned int* count, pinfo_v2_t* infos) {
  return processes(h, count, infos, 0);
}
#endif

int nvmlDeviceGetMemoryInfo(void* h, mem_t* m) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  unsigned pids[MAX_SEG];
  unsigned long long mem[MAX_SEG], used = 0;
  unsigned n = running(DEV(h), pids, mem);
  for (unsigned i = 0; i < n; i++) used += mem[i];
  m->total = 80ULL << 30;
  m->used = used;
  m->free = m->total - used;
  return NVML_SUCCESS;
}

int nvmlDeviceGetAccountingMode(void* h, int* mode) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  *mode = S.dev[DEV(h)].accounting_on;
  return NVML_SUCCESS;
}

int nvmlDeviceGetAccountingStats(void* h, unsigned int pid, acct_t* st) {
  if (!valid_dev(h)) return NVML_ERROR_INVALID_ARGUMENT;
  int dev = DEV(h);
  if (!S.dev[dev].accounting_on) return NVML_ERROR_NOT_SUPPORTED;
  double start = INFINITY;
  for (int i = 0; i < S.nseg; i++)
    if (S.seg[i].dev == dev && S.seg[i].pid == pid && S.seg[i].from_us < start) start = S.seg[i].from_us;
  double now = now_rel();
  if (!(start <= now)) return NVML_ERROR_NOT_FOUND;
  memset(st, 0, sizeof *st);
  double life = now - start;
  st->gpuUtilization = life > 0 ? (unsigned)lround(100.0 * busy(dev, pid, start, now) / life) : 0;
  st->startTime = (unsigned long long)llround(S.t0_mono + start + S.real_minus_mono);
  st->isRunning = 1;
  st->time = 0;
  return NVML_SUCCESS;
}
