// Translation of a V8 CpuProfile plus our CPU-clock series into the compact "raw"
// JSON that src/collect/ reads. Kept apart from collection (cpu_profiler.cc) the way
// pprof-nodejs splits profilers/ from translate-*: this file knows the output format,
// the collector knows V8's lifecycle.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace v8 {
class CpuProfile;
}

namespace scalene_ci {

struct ClockPoint {
  int64_t mono_us;  // CLOCK_MONOTONIC
  int64_t cpu_us;   // the profiled thread's CPU clock
  int64_t wait_us;  // time the thread spent runnable but waiting for a core (schedstat run_delay)
};

struct RawHeader {
  int pid;
  int ppid;
  int thread_id;  // worker_threads threadId; 0 = main thread
  int seq;        // checkpoint number within this thread
  bool final;
  int interval_us;
  int tid;  // gettid(): joins with the allocation shim's samples
};

// The scripts a thread's windows named, over its whole run: the preload looks up their source
// maps from this list (reading back every window it wrote grew the exit with the run).
struct ScriptNames {
  std::unordered_set<std::string> seen;
  std::vector<std::string> fresh;  // seen since the last TakeScriptNames
};

// Appends the JSON document to *out; adds the window's script names to *scripts (if given).
void SerializeRaw(const v8::CpuProfile* profile, const RawHeader& header,
                  const std::vector<ClockPoint>& clock, const std::vector<int64_t>& paused,
                  const std::string& extra_members, std::string* out, ScriptNames* scripts = nullptr);

// Writes to path + ".tmp" then renames, so a reader (or a killed process) never sees
// half a file. Returns false and sets *err on failure.
bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err);

}  // namespace scalene_ci
