// GPU utilisation and memory of a process tree, read from NVIDIA's NVML.
//
// Why dlopen and our own declarations: profiling a program must not require the CUDA
// toolkit at build time nor an NVIDIA driver at install time. NVML ships with the driver
// (libnvidia-ml.so.1); when it is absent, or there is no GPU, Start says so and nothing
// else happens. SCALENE_CI_NVML_LIB names another library to load instead (the test
// suite's scripted fake goes through exactly this path).
//
// Why a thread of our own rather than the CPU clock sampler's tick: NVML calls take from
// tens of µs to milliseconds and the clock sampler ticks with its registry lock held.
//
// What a reading means: util is the fraction (0..1) of time the GPUs this process tree
// uses were executing its kernels over the period ending at t_us; mem_bytes is the GPU
// memory the tree holds at t_us, summed over all GPUs. Readings are stamped with
// CLOCK_MONOTONIC µs, the clock of the CPU samples, so the two series join directly.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace scalene_ci {

// Where per-device utilisation comes from; the profile's per_process flag is true only
// when every device has a per-process source.
enum class GpuUtilSource {
  kProcessSamples,  // nvmlDeviceGetProcessUtilization: per-process SM utilisation
  kAccounting,      // nvmlDeviceGetAccountingStats: per-process lifetime average, differenced
  kDevice,          // nvmlDeviceGetUtilizationRates: the whole device, every process on it
};

const char* GpuUtilSourceName(GpuUtilSource s);

struct GpuOptions {
  int interval_us = 20000;
  // Processes whose GPU use is ours. Empty = this process only.
  std::vector<uint32_t> pids;
  // Also count processes descending from `pids` (found through /proc when NVML lists them).
  bool include_descendants = true;
  // Use device-wide utilisation even where per-process data exists (testing, diagnosis).
  bool force_device_wide = false;
};

struct GpuReading {
  int64_t t_us;
  double util;  // 0..1
  uint64_t mem_bytes;
};

struct GpuDeviceInfo {
  std::string name;
  GpuUtilSource source = GpuUtilSource::kDevice;
  bool mem_per_process = true;
};

struct GpuStartInfo {
  bool ok = false;
  std::string reason;  // why not ok, for the one verbose line
  std::string library;  // what was dlopen'ed
  bool per_process = false;
  bool mem_per_process = false;
  std::vector<GpuDeviceInfo> devices;
  // NVML reports pids as the initial PID namespace sees them: inside a container with its
  // own namespace our pid never matches and per-process figures read zero.
  bool pid_namespace_init = true;
};

struct GpuTaken {
  std::vector<GpuReading> readings;
  bool per_process = false;
  bool mem_per_process = false;
  bool pids_seen = false;     // any of our pids ever listed by NVML (compute or samples)
  bool foreign_seen = false;  // some other process was seen using a GPU
  uint64_t dropped = 0;       // readings discarded because nobody took them in time
  uint64_t errors = 0;        // NVML calls that failed during sampling
};

// Process-wide: NVML is one per process, and so is the GPU.
class GpuSampler {
 public:
  static GpuSampler& Get();

  GpuStartInfo Start(const GpuOptions& opts);
  // Takes a final reading, stops the thread and shuts NVML down. Safe to call twice.
  void Stop();
  // Drains the readings collected so far.
  GpuTaken Take();
  void SetPids(const std::vector<uint32_t>& pids);
  bool running() const { return running_.load(); }

 private:
  GpuSampler() = default;
  struct Device;
  void Loop();
  void Sample(bool final);
  bool IsOurs(uint32_t pid);

  std::mutex control_mu_;  // Start/Stop/SetPids
  std::mutex data_mu_;     // readings_ and flags
  std::mutex state_mu_;    // pid sets and device state, used by Sample
  std::condition_variable cv_;
  std::thread thread_;
  std::atomic<bool> running_{false};
  bool stop_requested_ = false;  // guarded by data_mu_

  GpuOptions opts_;
  std::vector<Device*> devices_;
  std::unordered_set<uint32_t> roots_;
  std::unordered_map<uint32_t, bool> ours_cache_;  // pid -> descends from a root
  std::vector<GpuReading> readings_;
  bool per_process_ = false;
  bool mem_per_process_ = false;
  bool pids_seen_ = false;
  bool foreign_seen_ = false;
  uint64_t dropped_ = 0;
  uint64_t errors_ = 0;
  // Used by Sample only (state_mu_):
  int64_t last_emit_us_ = 0;
  int64_t run_start_real_us_ = 0;
  std::vector<std::pair<int64_t, uint64_t>> mem_history_;  // (t_us, bytes) levels read
};

}  // namespace scalene_ci
