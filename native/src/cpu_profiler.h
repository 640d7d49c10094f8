// One CPU profiler per isolate (the main thread and each worker): owns V8's
// CpuProfiler, the thread's CPU-clock series, checkpoints and suspend/resume.
#pragma once
#include <time.h>

#include <sys/types.h>

#include <atomic>
#include <memory>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "clock_sampler.h"
#include "heap_sampler.h"
#include "raw_writer.h"
#include "site_trigger.h"

namespace v8 {
class Isolate;
class CpuProfiler;
}  // namespace v8

namespace scalene_ci {

struct ProfilerOptions {
  int interval_us = 1000;
  std::string out_prefix;    // checkpoints go to out_prefix + ".<seq>.json"
  int64_t checkpoint_us = 0;  // 0 = only on exit
  int64_t window_us = 100000;  // attribution window (see RollWindow)
  std::string control_file;   // "on"/"off"; empty = none
  int thread_id = 0;
  bool memory = false;  // JS heap + native shim sampling (full mode)
};

class ThreadProfiler : public ClockClient {
 public:
  ThreadProfiler(v8::Isolate* isolate, ProfilerOptions options);
  ~ThreadProfiler() override;

  bool Start(std::string* err);
  // Stops the current profile and writes it; restarts unless final or paused.
  // Returns the written path, or "" when nothing was written (and *err says why if it failed).
  std::string Checkpoint(bool final, std::string* err);
  void SetPaused(bool paused);
  // The script names this thread's windows have named since the last call (each once a run).
  std::vector<std::string> TakeScriptNames();
  bool running() const { return profile_id_.load() != 0; }
  bool finished() const { return finished_; }

  void OnTick(int64_t now_us) override;

 private:
  static void OnInterrupt(v8::Isolate* isolate, void* data);
  static void OnGc(void* data);
  bool StartProfile(std::string* err);
  void RollWindow(bool final, std::string* err);
  void SampleClock(int64_t now_us);

  v8::Isolate* isolate_;
  ProfilerOptions opts_;
  pid_t tid_ = 0;
  std::unique_ptr<HeapSampler> heap_;
  TriggerLog triggers_;  // this thread's triggered samples (memory sites), full mode only
  v8::CpuProfiler* profiler_ = nullptr;
  std::atomic<uint32_t> profile_id_{0};  // read by the sampler thread
  int seq_ = 0;         // checkpoint files written
  int window_seq_ = 0;  // windows serialized
  std::string pending_;  // serialized windows not yet written (JSON Lines)
  ScriptNames scripts_;  // this thread's JS only (windows are serialized on it)
  std::atomic<int64_t> last_window_us_{0};
  bool finished_ = false;
  bool code_map_ = false;  // this thread keeps a code map (code_map.h)
  bool paused_ = false;
  int64_t pause_start_us_ = 0;
  std::vector<int64_t> paused_windows_;  // [start, end] pairs since the last checkpoint
  std::vector<int64_t> own_spans_;       // [start, end] of the profiler's own work ("own")
  clockid_t cpu_clock_{};
  bool have_cpu_clock_ = false;
  int schedstat_fd_ = -1;  // /proc/self/task/<tid>/schedstat, read with pread each tick

  std::mutex clock_mu_;
  std::vector<ClockPoint> clock_;

  std::atomic<bool> interrupt_pending_{false};
  std::atomic<bool> post_gc_reading_{false};  // a GC asked for a heap reading (heap_sampler.h)
  std::atomic<int64_t> last_checkpoint_us_{0};
  int64_t started_us_ = 0;  // when this thread's profiling started (CheckpointDue)
  // Whether a checkpoint is due at now_us (any thread: reads atomics and constants).
  bool CheckpointDue(int64_t now_us) const;
  std::atomic<int> want_paused_{-1};  // set by the control-file poller: -1 none, 0 on, 1 off
  int64_t last_control_check_us_ = 0;
  int64_t control_mtime_ns_ = 0;
};

}  // namespace scalene_ci
