#include "gpu.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "clock_sampler.h"

namespace scalene_ci {
namespace {

// ---- The slice of NVML we use, declared here so no NVML header is needed. ----------
// Layouts and values are those of nvml.h, stable across drivers for these entry points.
using nvmlReturn_t = int;
using nvmlDevice_t = void*;

constexpr nvmlReturn_t kNvmlSuccess = 0;
constexpr nvmlReturn_t kNvmlNotSupported = 3;
constexpr nvmlReturn_t kNvmlNoPermission = 4;
constexpr nvmlReturn_t kNvmlNotFound = 6;
constexpr nvmlReturn_t kNvmlInsufficientSize = 7;
constexpr unsigned long long kNvmlValueNotAvailable = ~0ULL;
constexpr unsigned kNvmlValueNotAvailableUint = ~0U;

struct NvmlProcessUtilizationSample {
  unsigned int pid;
  unsigned long long timeStamp;  // CPU timestamp, µs since the epoch (CLOCK_REALTIME)
  unsigned int smUtil;
  unsigned int memUtil;
  unsigned int encUtil;
  unsigned int decUtil;
};

struct NvmlProcessInfoV1 {
  unsigned int pid;
  unsigned long long usedGpuMemory;
};

// The layout of both nvmlDeviceGetComputeRunningProcesses_v2 and _v3.
struct NvmlProcessInfoV2 {
  unsigned int pid;
  unsigned long long usedGpuMemory;
  unsigned int gpuInstanceId;
  unsigned int computeInstanceId;
};

struct NvmlUtilization {
  unsigned int gpu;
  unsigned int memory;
};

struct NvmlMemoryV1 {
  unsigned long long total;
  unsigned long long free;
  unsigned long long used;
};

struct NvmlAccountingStats {
  unsigned int gpuUtilization;  // % of the process's lifetime with a kernel executing
  unsigned int memoryUtilization;
  unsigned long long maxMemoryUsage;
  unsigned long long time;       // 0 while the process runs
  unsigned long long startTime;  // CPU timestamp, µs since the epoch
  unsigned int isRunning;
  unsigned int reserved[5];
};

struct Nvml {
  void* lib = nullptr;
  std::string path;
  nvmlReturn_t (*Init)() = nullptr;
  nvmlReturn_t (*Shutdown)() = nullptr;
  const char* (*ErrorString)(nvmlReturn_t) = nullptr;
  nvmlReturn_t (*GetCount)(unsigned int*) = nullptr;
  nvmlReturn_t (*GetHandleByIndex)(unsigned int, nvmlDevice_t*) = nullptr;
  nvmlReturn_t (*GetName)(nvmlDevice_t, char*, unsigned int) = nullptr;
  nvmlReturn_t (*GetUtilizationRates)(nvmlDevice_t, NvmlUtilization*) = nullptr;
  nvmlReturn_t (*GetProcessUtilization)(nvmlDevice_t, NvmlProcessUtilizationSample*, unsigned int*,
                                        unsigned long long) = nullptr;
  nvmlReturn_t (*GetComputeRunningProcesses)(nvmlDevice_t, unsigned int*, void*) = nullptr;
  size_t process_info_size = 0;  // stride of GetComputeRunningProcesses' entries
  nvmlReturn_t (*GetMemoryInfo)(nvmlDevice_t, NvmlMemoryV1*) = nullptr;
  nvmlReturn_t (*GetAccountingMode)(nvmlDevice_t, int*) = nullptr;
  nvmlReturn_t (*GetAccountingStats)(nvmlDevice_t, unsigned int, NvmlAccountingStats*) = nullptr;

  std::string Error(nvmlReturn_t r) const {
    const char* s = ErrorString ? ErrorString(r) : nullptr;
    return std::string(s ? s : "NVML error") + " (" + std::to_string(r) + ")";
  }
};

// Loaded once per library path and never unloaded while in use: dlclose of a library
// whose threads may still run is a crash we cannot recover from.
Nvml* g_nvml = nullptr;

template <typename F>
bool Sym(void* lib, F* out, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (void* p = dlsym(lib, n)) {
      *out = reinterpret_cast<F>(p);
      return true;
    }
  }
  return false;
}

Nvml* LoadNvml(std::string* reason) {
  const char* env = getenv("SCALENE_CI_NVML_LIB");
  std::string path = (env && *env) ? env : "libnvidia-ml.so.1";
  if (g_nvml && g_nvml->path == path) return g_nvml;
  if (g_nvml) {
    // A different library was asked for (tests swap fakes): NVML is shut down between
    // runs, so the old one has no live state.
    dlclose(g_nvml->lib);
    delete g_nvml;
    g_nvml = nullptr;
  }
  dlerror();
  void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* e = dlerror();
    *reason = "NVML not available: " + std::string(e ? e : path.c_str());
    return nullptr;
  }
  auto* n = new Nvml();
  n->lib = lib;
  n->path = path;
  bool ok = Sym(lib, &n->Init, {"nvmlInit_v2", "nvmlInit"}) && Sym(lib, &n->Shutdown, {"nvmlShutdown"}) &&
            Sym(lib, &n->GetCount, {"nvmlDeviceGetCount_v2", "nvmlDeviceGetCount"}) &&
            Sym(lib, &n->GetHandleByIndex, {"nvmlDeviceGetHandleByIndex_v2", "nvmlDeviceGetHandleByIndex"}) &&
            Sym(lib, &n->GetName, {"nvmlDeviceGetName"}) &&
            Sym(lib, &n->GetUtilizationRates, {"nvmlDeviceGetUtilizationRates"});
  if (!ok) {
    *reason = "NVML at " + path + " lacks a required function (nvmlInit, nvmlDeviceGetCount, ...)";
    dlclose(lib);
    delete n;
    return nullptr;
  }
  Sym(lib, &n->ErrorString, {"nvmlErrorString"});
  Sym(lib, &n->GetProcessUtilization, {"nvmlDeviceGetProcessUtilization"});
  Sym(lib, &n->GetMemoryInfo, {"nvmlDeviceGetMemoryInfo"});
  Sym(lib, &n->GetAccountingMode, {"nvmlDeviceGetAccountingMode"});
  Sym(lib, &n->GetAccountingStats, {"nvmlDeviceGetAccountingStats"});
  if (Sym(lib, &n->GetComputeRunningProcesses,
          {"nvmlDeviceGetComputeRunningProcesses_v3", "nvmlDeviceGetComputeRunningProcesses_v2"})) {
    n->process_info_size = sizeof(NvmlProcessInfoV2);
  } else if (Sym(lib, &n->GetComputeRunningProcesses, {"nvmlDeviceGetComputeRunningProcesses"})) {
    n->process_info_size = sizeof(NvmlProcessInfoV1);
  }
  g_nvml = n;
  return n;
}

int64_t RealtimeNowUs() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// CLOCK_REALTIME minus CLOCK_MONOTONIC, µs: NVML stamps its samples in realtime, we keep
// monotonic time. One pair of reads can be split by a preemption (1.5 ms on a loaded 2-core
// runner put a 320 ms driver tick at 318.5 ms), so the realtime read is bracketed by two
// monotonic ones and the tightest of a few brackets wins.
int64_t RealMinusMonoUs() {
  int64_t best_gap = INT64_MAX, best = 0;
  for (int i = 0; i < 4; i++) {
    const int64_t m0 = MonotonicNowUs();
    const int64_t r = RealtimeNowUs();
    const int64_t m1 = MonotonicNowUs();
    if (m1 - m0 < best_gap) {
      best_gap = m1 - m0;
      best = r - (m0 + (m1 - m0) / 2);
    }
    if (best_gap <= 1) break;
  }
  return best;
}

// Parent pid from /proc/<pid>/stat; 0 when unreadable. The command name may contain
// spaces and parentheses, so parse from the last ')'.
uint32_t ParentPid(uint32_t pid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%u/stat", pid);
  FILE* f = fopen(path, "re");
  if (!f) return 0;
  char buf[1024];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  const char* p = strrchr(buf, ')');
  if (!p) return 0;
  char state;
  unsigned ppid = 0;
  if (sscanf(p + 1, " %c %u", &state, &ppid) != 2) return 0;
  return ppid;
}

bool InInitialPidNamespace() {
  // PROC_PID_INIT_INO: the inode number the kernel gives the initial PID namespace.
  struct stat st;
  if (stat("/proc/self/ns/pid", &st) != 0) return true;  // unknown: assume so, claim nothing
  return st.st_ino == 0xEFFFFFFCu;
}

// How long a per-process value may stand in for a device whose driver reports no newer
// sample while the device is busy. NVML's sample period is 1/6 s to 1 s.
constexpr int64_t kMaxCarryUs = 1000000;
// Samples whose timestamps are this close belong to one driver sampling tick.
constexpr int64_t kSameTickUs = 1000;
// Beyond this many unread readings, new ones are dropped (and counted): at 50 Hz this
// is hours, so only a caller that never calls take() reaches it.
constexpr size_t kMaxReadings = 1 << 20;

}  // namespace

const char* GpuUtilSourceName(GpuUtilSource s) {
  switch (s) {
    case GpuUtilSource::kProcessSamples:
      return "process-utilization";
    case GpuUtilSource::kAccounting:
      return "accounting";
    case GpuUtilSource::kDevice:
      return "device";
  }
  return "device";
}

struct GpuSampler::Device {
  nvmlDevice_t handle = nullptr;
  GpuDeviceInfo info;
  // Per-device series of our utilisation, each value covering the time since the
  // previous point (NVML samples are averages over the period ending at their stamp).
  struct Point {
    int64_t t_us;
    double util;
    bool used;
  };
  std::vector<Point> pending;
  int64_t covered_us = 0;  // time of the last point ever appended
  double last_util = 0;
  bool last_used = false;
  unsigned long long last_seen_ts = 0;  // newest NVML sample stamp consumed (realtime µs)
  // Accounting: per pid, busy µs already credited and when.
  struct Credit {
    double busy_us;
    int64_t t_us;
  };
  std::unordered_map<uint32_t, Credit> credit;
  std::vector<NvmlProcessUtilizationSample> samples;
  std::vector<unsigned char> infos;
  // At the current tick, and whether ours held a context at the previous one: a point
  // covers the time since the previous tick, so ours used the GPU in it if either says so.
  bool ours_has_context = false;
  bool had_context = false;
  uint64_t mem_bytes = 0;
};

GpuSampler& GpuSampler::Get() {
  // Leaked: the sampler thread may outlive static destruction at process exit.
  static GpuSampler* s = new GpuSampler();
  return *s;
}

bool GpuSampler::IsOurs(uint32_t pid) {
  if (roots_.count(pid)) return true;
  if (!opts_.include_descendants) return false;
  auto it = ours_cache_.find(pid);
  if (it != ours_cache_.end()) return it->second;
  bool ours = false;
  uint32_t p = pid;
  for (int depth = 0; depth < 64; ++depth) {
    p = ParentPid(p);
    if (p <= 1) break;
    if (roots_.count(p)) {
      ours = true;
      break;
    }
  }
  ours_cache_[pid] = ours;
  return ours;
}

GpuStartInfo GpuSampler::Start(const GpuOptions& opts) {
  std::lock_guard<std::mutex> control(control_mu_);
  GpuStartInfo info;
  info.pid_namespace_init = InInitialPidNamespace();
  if (running_.load()) {
    info.reason = "GPU sampling is already running in this process";
    return info;
  }
  Nvml* nvml = LoadNvml(&info.reason);
  if (!nvml) return info;
  info.library = nvml->path;
  nvmlReturn_t r = nvml->Init();
  if (r != kNvmlSuccess) {
    info.reason = "NVML could not start: " + nvml->Error(r);
    return info;
  }
  unsigned count = 0;
  r = nvml->GetCount(&count);
  if (r != kNvmlSuccess || count == 0) {
    info.reason = r != kNvmlSuccess ? "NVML could not count GPUs: " + nvml->Error(r) : "no NVIDIA GPU found";
    nvml->Shutdown();
    return info;
  }

  std::lock_guard<std::mutex> state(state_mu_);
  for (Device* d : devices_) delete d;
  devices_.clear();
  opts_ = opts;
  opts_.interval_us = std::clamp(opts.interval_us, 1000, 10000000);
  roots_.clear();
  ours_cache_.clear();
  for (uint32_t pid : opts.pids) roots_.insert(pid);
  if (roots_.empty()) roots_.insert(static_cast<uint32_t>(getpid()));

  const unsigned long long now_real = static_cast<unsigned long long>(RealtimeNowUs());
  run_start_real_us_ = static_cast<int64_t>(now_real);
  last_emit_us_ = 0;
  for (unsigned i = 0; i < count; ++i) {
    auto* d = new Device();
    r = nvml->GetHandleByIndex(i, &d->handle);
    if (r != kNvmlSuccess) {
      delete d;
      continue;  // a GPU we may not see (permissions, lost): the others still count
    }
    char name[96] = {0};
    if (nvml->GetName(d->handle, name, sizeof name) != kNvmlSuccess) snprintf(name, sizeof name, "GPU %u", i);
    d->info.name = name;
    // Per-process samples first, accounting next, the whole device last (Scalene users
    // were misled by device-wide figures presented as their own: the flag says which).
    d->info.source = GpuUtilSource::kDevice;
    if (!opts.force_device_wide) {
      unsigned n = 0;
      nvmlReturn_t pr = nvml->GetProcessUtilization
                            ? nvml->GetProcessUtilization(d->handle, nullptr, &n, now_real)
                            : kNvmlNotSupported;
      int mode = 0;
      if (pr == kNvmlSuccess || pr == kNvmlInsufficientSize || pr == kNvmlNotFound) {
        d->info.source = GpuUtilSource::kProcessSamples;
      } else if (nvml->GetAccountingMode && nvml->GetAccountingStats &&
                 nvml->GetAccountingMode(d->handle, &mode) == kNvmlSuccess && mode == 1) {
        d->info.source = GpuUtilSource::kAccounting;
      }
    }
    d->last_seen_ts = now_real;
    unsigned n = 0;
    nvmlReturn_t cr = nvml->GetComputeRunningProcesses
                          ? nvml->GetComputeRunningProcesses(d->handle, &n, nullptr)
                          : kNvmlNotSupported;
    d->info.mem_per_process = cr == kNvmlSuccess || cr == kNvmlInsufficientSize;
    devices_.push_back(d);
  }
  if (devices_.empty()) {
    info.reason = "NVML lists GPUs but none could be opened";
    nvml->Shutdown();
    return info;
  }
  per_process_ = true;
  mem_per_process_ = true;
  for (Device* d : devices_) {
    per_process_ = per_process_ && d->info.source != GpuUtilSource::kDevice;
    mem_per_process_ = mem_per_process_ && d->info.mem_per_process;
    info.devices.push_back(d->info);
  }
  info.per_process = per_process_;
  info.mem_per_process = mem_per_process_;
  {
    std::lock_guard<std::mutex> data(data_mu_);
    readings_.clear();
    pids_seen_ = foreign_seen_ = false;
    dropped_ = errors_ = 0;
    stop_requested_ = false;
  }
  mem_history_.clear();
  info.ok = true;
  running_.store(true);
  // A process that exits without tearing its environment down (process.exit) must not
  // leave this thread calling into a library that exit() is unloading.
  static std::once_flag exit_hook;
  std::call_once(exit_hook, [] { std::atexit([] { GpuSampler::Get().Stop(); }); });
  thread_ = std::thread([this] { Loop(); });
  return info;
}

void GpuSampler::Loop() {
  {
    std::lock_guard<std::mutex> state(state_mu_);
    Sample(false);  // the run's first reading, as close to start as possible
  }
  int64_t next = MonotonicNowUs();
  std::unique_lock<std::mutex> lock(data_mu_);
  for (;;) {
    next += opts_.interval_us;
    int64_t now = MonotonicNowUs();
    if (next < now) next = now;  // fell behind: no burst to catch up
    cv_.wait_for(lock, std::chrono::microseconds(next - now), [this] { return stop_requested_; });
    if (stop_requested_) return;
    lock.unlock();
    {
      std::lock_guard<std::mutex> state(state_mu_);
      Sample(false);
    }
    lock.lock();
  }
}

void GpuSampler::Stop() {
  std::lock_guard<std::mutex> control(control_mu_);
  if (!running_.load()) return;
  {
    std::lock_guard<std::mutex> data(data_mu_);
    stop_requested_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  {
    std::lock_guard<std::mutex> state(state_mu_);
    Sample(true);
  }
  if (g_nvml) g_nvml->Shutdown();
  running_.store(false);
}

void GpuSampler::SetPids(const std::vector<uint32_t>& pids) {
  std::lock_guard<std::mutex> state(state_mu_);
  roots_.clear();
  ours_cache_.clear();
  for (uint32_t pid : pids) roots_.insert(pid);
  if (roots_.empty()) roots_.insert(static_cast<uint32_t>(getpid()));
}

GpuTaken GpuSampler::Take() {
  std::lock_guard<std::mutex> data(data_mu_);
  GpuTaken t;
  t.readings.swap(readings_);
  t.per_process = per_process_;
  t.mem_per_process = mem_per_process_;
  t.pids_seen = pids_seen_;
  t.foreign_seen = foreign_seen_;
  t.dropped = dropped_;
  t.errors = errors_;
  return t;
}

// One round of NVML queries; appends per-device points, then emits the combined readings
// every device has covered. Called with state_mu_ held.
void GpuSampler::Sample(bool final) {
  Nvml* nvml = g_nvml;
  if (!nvml) return;
  const int64_t now_mono = MonotonicNowUs();
  const int64_t real_minus_mono = RealMinusMonoUs();
  uint64_t errors = 0;
  bool pids_seen = false, foreign_seen = false;
  uint64_t mem_total = 0;

  for (Device* d : devices_) {
    // Which of our processes hold a context here, and their memory.
    d->had_context = d->ours_has_context;
    d->ours_has_context = false;
    d->mem_bytes = 0;
    if (d->info.mem_per_process && nvml->GetComputeRunningProcesses) {
      const size_t stride = nvml->process_info_size;
      unsigned n = 0;
      nvmlReturn_t r = kNvmlInsufficientSize;
      for (int attempt = 0; attempt < 4 && r == kNvmlInsufficientSize; ++attempt) {
        // Room for the count plus slack, with spare bytes per entry in case a driver's
        // struct outgrows ours: better a misread than an overflow.
        size_t want = static_cast<size_t>(std::max<unsigned>(n, 8) + 8);
        if (d->infos.size() < want * (stride + 16)) d->infos.resize(want * (stride + 16));
        n = static_cast<unsigned>(want);
        r = nvml->GetComputeRunningProcesses(d->handle, &n, d->infos.data());
      }
      if (r == kNvmlSuccess) {
        for (unsigned i = 0; i < n; ++i) {
          const unsigned char* e = d->infos.data() + i * stride;
          NvmlProcessInfoV1 p;  // pid and usedGpuMemory lead both layouts
          memcpy(&p.pid, e + offsetof(NvmlProcessInfoV1, pid), sizeof p.pid);
          memcpy(&p.usedGpuMemory, e + offsetof(NvmlProcessInfoV1, usedGpuMemory), sizeof p.usedGpuMemory);
          if (IsOurs(p.pid)) {
            d->ours_has_context = true;
            pids_seen = true;
            if (p.usedGpuMemory != kNvmlValueNotAvailable) d->mem_bytes += p.usedGpuMemory;
          } else {
            foreign_seen = true;
          }
        }
      } else {
        ++errors;
      }
    } else if (nvml->GetMemoryInfo) {
      NvmlMemoryV1 m{};
      if (nvml->GetMemoryInfo(d->handle, &m) == kNvmlSuccess) d->mem_bytes = m.used;
      else ++errors;
    }
    mem_total += d->mem_bytes;
    const bool ctx = d->ours_has_context || d->had_context;

    switch (d->info.source) {
      case GpuUtilSource::kProcessSamples: {
        unsigned n = 0;
        nvmlReturn_t r = nvml->GetProcessUtilization(d->handle, nullptr, &n, d->last_seen_ts);
        // Sized query, then the real one; samples may arrive in between, hence the retries.
        for (int attempt = 0; attempt < 3 && (r == kNvmlInsufficientSize || (r == kNvmlSuccess && attempt == 0)); ++attempt) {
          if (d->samples.size() < n + 16) d->samples.resize(n + 16);
          n = static_cast<unsigned>(d->samples.size());
          r = nvml->GetProcessUtilization(d->handle, d->samples.data(), &n, d->last_seen_ts);
        }
        std::vector<NvmlProcessUtilizationSample> fresh;
        if (r == kNvmlSuccess) {
          for (unsigned i = 0; i < n; ++i) {
            const auto& s = d->samples[i];
            if (s.timeStamp > d->last_seen_ts) fresh.push_back(s);  // drivers have returned stale ones
          }
        }
        // Without the process list we cannot tell whether ours holds a context here.
        const bool maybe_ours = !d->info.mem_per_process || ctx;
        if (!fresh.empty()) {
          // Group by driver tick: each tick is one point, our processes' SM utilisation
          // summed (several of ours may share a GPU), absent = idle in that period.
          std::sort(fresh.begin(), fresh.end(),
                    [](const auto& a, const auto& b) { return a.timeStamp < b.timeStamp; });
          size_t i = 0;
          while (i < fresh.size()) {
            size_t j = i;
            unsigned long long tick_ts = fresh[i].timeStamp;
            std::unordered_map<uint32_t, unsigned> per_pid;
            bool active = false;
            while (j < fresh.size() && static_cast<int64_t>(fresh[j].timeStamp - tick_ts) <= kSameTickUs) {
              const auto& s = fresh[j];
              tick_ts = std::max(tick_ts, s.timeStamp);
              // >100 are known garbage readings (nvtop #110): skip them, not clamp.
              if (s.smUtil <= 100) {
                if (IsOurs(s.pid)) {
                  per_pid[s.pid] = std::max(per_pid[s.pid], s.smUtil);
                  pids_seen = active = true;
                } else if (s.smUtil > 0) {
                  foreign_seen = true;
                }
              }
              ++j;
            }
            unsigned sum = 0;
            for (auto& [pid, u] : per_pid) sum += u;
            double util = std::min(sum, 100u) / 100.0;
            int64_t t = static_cast<int64_t>(tick_ts) - real_minus_mono;
            t = std::min(t, now_mono);
            if (t <= d->covered_us) t = d->covered_us + 1;
            bool used = active || ctx;
            d->pending.push_back({t, util, used});
            d->covered_us = t;
            d->last_util = util;
            d->last_used = used;
            d->last_seen_ts = std::max(d->last_seen_ts, tick_ts);
            i = j;
          }
        } else if (r == kNvmlSuccess || r == kNvmlNotFound) {
          // No process was busy in any sampling period since the last one we consumed, or
          // the driver has not sampled since: the device's own figure tells which. While
          // it is busy we add nothing, so the next sample covers the gap back to the last.
          NvmlUtilization u{};
          nvmlReturn_t ur = nvml->GetUtilizationRates(d->handle, &u);
          if (ur != kNvmlSuccess) ++errors;
          bool idle = ur == kNvmlSuccess && u.gpu == 0;
          if (idle || !maybe_ours) {
            d->pending.push_back({now_mono, 0.0, ctx});
            d->covered_us = now_mono;
            d->last_util = 0;
            d->last_used = ctx;
          } else if (now_mono - d->covered_us > kMaxCarryUs) {
            // Busy, possibly ours, and no sample for longer than any driver period:
            // let the last value stand rather than hold every reading back.
            d->pending.push_back({now_mono, d->last_util, true});
            d->covered_us = now_mono;
          }
        } else {
          ++errors;
          if (now_mono - d->covered_us > kMaxCarryUs) {
            d->pending.push_back({now_mono, d->last_util, d->last_used});
            d->covered_us = now_mono;
          }
        }
        break;
      }
      case GpuUtilSource::kAccounting: {
        // Lifetime averages, differenced into the period since the last tick. Credit
        // that does not fit one period (integer-percent rounding) is carried to the next,
        // so the run's total is exact even when single periods are not.
        double busy_fraction_sum = 0;
        bool used = ctx;
        std::vector<uint32_t> pids(roots_.begin(), roots_.end());
        // Descendants holding a context were found above; query each pid we know of.
        for (auto& [pid, ours] : ours_cache_)
          if (ours && !roots_.count(pid)) pids.push_back(pid);
        for (uint32_t pid : pids) {
          NvmlAccountingStats st{};
          nvmlReturn_t r = nvml->GetAccountingStats(d->handle, pid, &st);
          if (r != kNvmlSuccess) {
            if (r != kNvmlNotFound) ++errors;
            continue;
          }
          if (st.gpuUtilization == kNvmlValueNotAvailableUint || !st.isRunning) continue;
          pids_seen = used = true;
          int64_t now_real = now_mono + real_minus_mono;
          double lifetime_us = static_cast<double>(now_real - static_cast<int64_t>(st.startTime));
          double busy_us = std::max(0.0, st.gpuUtilization / 100.0 * lifetime_us);
          auto it = d->credit.find(pid);
          if (it == d->credit.end()) {
            if (static_cast<int64_t>(st.startTime) >= run_start_real_us_) {
              // Started during the run: all of its busy time is this run's.
              it = d->credit.emplace(pid, Device::Credit{0, static_cast<int64_t>(st.startTime) - real_minus_mono}).first;
            } else {
              d->credit[pid] = {busy_us, now_mono};  // the baseline: the past is not this run's
              continue;
            }
          }
          double dt = static_cast<double>(now_mono - it->second.t_us);
          double owed = busy_us - it->second.busy_us;
          double granted = std::clamp(owed, 0.0, std::max(dt, 0.0));
          it->second.busy_us += granted;
          it->second.t_us = now_mono;
          if (dt > 0) busy_fraction_sum += granted / dt;
        }
        double util = std::min(1.0, busy_fraction_sum);
        d->pending.push_back({now_mono, util, used});
        d->covered_us = now_mono;
        d->last_util = util;
        d->last_used = used;
        break;
      }
      case GpuUtilSource::kDevice: {
        NvmlUtilization u{};
        nvmlReturn_t r = nvml->GetUtilizationRates(d->handle, &u);
        if (r == kNvmlSuccess) {
          d->last_util = std::min(u.gpu, 100u) / 100.0;
        } else {
          ++errors;
        }
        d->last_used = ctx;
        d->pending.push_back({now_mono, d->last_util, d->last_used});
        d->covered_us = now_mono;
        break;
      }
    }
    if (final && d->covered_us < now_mono) {
      // The run ends now: the last known value stands for the stretch since.
      d->pending.push_back({now_mono, d->last_util, d->last_used});
      d->covered_us = now_mono;
    }
  }

  // Memory is a level, not a period average: remember when each level was read so a
  // combined reading takes the level in force at its own time.
  mem_history_.push_back({now_mono, mem_total});

  // Combine devices up to the time every device has covered.
  int64_t watermark = now_mono;
  for (Device* d : devices_) watermark = std::min(watermark, d->covered_us);
  std::vector<int64_t> cuts;
  for (Device* d : devices_)
    for (auto& p : d->pending)
      if (p.t_us > last_emit_us_ && p.t_us <= watermark) cuts.push_back(p.t_us);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<GpuReading> out;
  out.reserve(cuts.size());
  bool seen_ever;
  {
    std::lock_guard<std::mutex> data(data_mu_);
    seen_ever = pids_seen_ || pids_seen;
  }
  size_t mem_i = 0;
  for (int64_t t : cuts) {
    double sum_used = 0, sum_all = 0;
    int n_used = 0;
    for (Device* d : devices_) {
      // The device's value over the period ending at t: its first point at or after t.
      auto it = std::lower_bound(d->pending.begin(), d->pending.end(), t,
                                 [](const Device::Point& p, int64_t x) { return p.t_us < x; });
      if (it == d->pending.end()) continue;  // cannot happen below the watermark
      sum_all += it->util;
      if (it->used) {
        sum_used += it->util;
        ++n_used;
      }
    }
    double util;
    if (n_used > 0) {
      // The mean over the GPUs this process tree uses: on one GPU, its busy fraction.
      util = sum_used / n_used;
    } else if (!per_process_ && !seen_ever) {
      // Device-wide and NVML never listed our processes (another PID namespace, say):
      // the whole machine's figure is all there is; the profile is flagged as such.
      util = sum_all / static_cast<double>(devices_.size());
    } else {
      util = 0;
    }
    while (mem_i + 1 < mem_history_.size() && mem_history_[mem_i + 1].first <= t) ++mem_i;
    out.push_back({t, util, mem_history_.empty() ? 0 : mem_history_[mem_i].second});
  }
  if (!cuts.empty()) {
    last_emit_us_ = cuts.back();
    for (Device* d : devices_) {
      auto keep = std::upper_bound(d->pending.begin(), d->pending.end(), watermark,
                                   [](int64_t x, const Device::Point& p) { return x < p.t_us; });
      d->pending.erase(d->pending.begin(), keep);
    }
    // Keep the level in force at the last emitted time and everything after it.
    size_t first = 0;
    while (first + 1 < mem_history_.size() && mem_history_[first + 1].first <= last_emit_us_) ++first;
    mem_history_.erase(mem_history_.begin(), mem_history_.begin() + first);
  }

  std::lock_guard<std::mutex> data(data_mu_);
  pids_seen_ = pids_seen_ || pids_seen;
  foreign_seen_ = foreign_seen_ || foreign_seen;
  errors_ += errors;
  for (auto& r : out) {
    if (readings_.size() >= kMaxReadings) {
      ++dropped_;
      continue;
    }
    readings_.push_back(r);
  }
}

}  // namespace scalene_ci
