#include "cpu_profiler.h"

#include <pthread.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compat.h"
#include "code_map.h"
#include "json_out.h"

namespace scalene_ci {

namespace {
constexpr int64_t kControlPollUs = 200000;  // suspend/resume latency from another shell
}

ThreadProfiler::ThreadProfiler(v8::Isolate* isolate, ProfilerOptions options)
    : isolate_(isolate), opts_(std::move(options)) {
  // Why pthread_getcpuclockid and not CLOCK_THREAD_CPUTIME_ID: the clock is read from
  // the sampler thread, so it must name *this* thread explicitly.
  have_cpu_clock_ = pthread_getcpuclockid(pthread_self(), &cpu_clock_) == 0;
  tid_ = static_cast<pid_t>(syscall(SYS_gettid));
  // Why run-queue delay: on a loaded machine (a shared CI runner) a busy thread is also off
  // CPU while it waits for a core. That is not I/O or sleep, so it must not count as
  // "system" time; the kernel's schedstat says how long the thread waited runnable.
  std::string path = "/proc/self/task/" + std::to_string(tid_) + "/schedstat";
  schedstat_fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
}

ThreadProfiler::~ThreadProfiler() {
  UnregisterClockClient(this);
  if (CurrentTriggerLog() == &triggers_) InstallTriggerLog(nullptr);
  triggers_.active = false;
  TriggerSuppress quiet(&triggers_);
  if (profiler_ != nullptr) {
    uint32_t id = profile_id_.load();
    if (id != 0) {
      v8::CpuProfile* p = profiler_->Stop(id);
      if (p) p->Delete();
    }
    profiler_->Dispose();
  }
}

bool ThreadProfiler::StartProfile(std::string* err) {
  // One CpuProfiler for the thread's lifetime, and each window starts the next profile
  // *before* stopping the previous one. Why: V8 logs code only while some profile is
  // active; if all stop, code compiled earlier (OSR'd loops, top-level frames) loses its
  // line tables in later profiles and samples land on wrong lines. The few microseconds
  // of overlap are de-duplicated by timestamp when reading.
  TriggerSuppress quiet(&triggers_);
  if (profiler_ == nullptr) {
    profiler_ = v8::CpuProfiler::New(isolate_, v8::kDebugNaming, v8::kLazyLogging);
    profiler_->SetSamplingInterval(opts_.interval_us);
  }
  v8::CpuProfilingResult r = profiler_->Start(compat::CallerLineOptions(0));
  if (r.status != v8::CpuProfilingStatus::kStarted) {
    *err = "V8 refused to start the CPU profiler";
    return false;
  }
  profile_id_.store(r.id);
  int64_t now = MonotonicNowUs();
  SampleClock(now);  // seed the series so the first sample interval has a CPU reading
  last_window_us_.store(now);
  return true;
}

bool ThreadProfiler::Start(std::string* err) {
  // Without this, V8 collects source positions lazily and frames of functions compiled
  // before their first stack trace report wrong lines. Must run before user code compiles,
  // which is why the preload starts the profiler first thing.
  v8::CpuProfiler::UseDetailedSourcePositionsForProfiling(isolate_);
  if (!StartProfile(err)) return false;
  if (opts_.memory) {
    // Memory sites come from samples triggered by GCs and by the shim (site_trigger.h).
    triggers_.isolate = isolate_;
    triggers_.active = true;
    InstallTriggerLog(&triggers_);
    HookShim();
    // Before user code compiles: the map knows only code created after this.
    StartCodeMap(isolate_);
    code_map_ = true;
    HeapOptions ho;
    ho.main_thread = opts_.thread_id == 0;
    ho.on_gc = &ThreadProfiler::OnGc;
    ho.on_gc_data = this;
    heap_ = CreateHeapSampler(isolate_, tid_, ho);
    heap_->Start();
  }
  started_us_ = MonotonicNowUs();
  last_checkpoint_us_.store(started_us_);
  RegisterClockClient(this, opts_.interval_us);
  return true;
}

// The checkpoint period: the configured one (10 s by default, shorter with
// --profile-interval), but a quarter of the time profiled so far while that is shorter, and
// never under kMinCheckpointUs. Why: the CLI attributes a checkpoint's windows as soon as it
// is written, while the program runs, so what the program's exit waits for is the windows
// since the last checkpoint; with a fixed 10 s period a 1 s program had all of its windows
// attributed after its exit (the wait from its exit handler to the run's end on a 1.4 s
// workload: 39 ms, 27 ms with 500 ms checkpoints). Early checkpoints hold few windows and
// cost the program well under a millisecond each; the period reaches 10 s after 40 s, so a
// long run writes only ~15 more files than before.
constexpr int64_t kMinCheckpointUs = 500000;
bool ThreadProfiler::CheckpointDue(int64_t now_us) const {
  if (opts_.checkpoint_us <= 0) return false;
  int64_t period = std::min(opts_.checkpoint_us, std::max(kMinCheckpointUs, (now_us - started_us_) / 4));
  return now_us - last_checkpoint_us_.load() >= period;
}

void ThreadProfiler::SampleClock(int64_t now_us) {
  if (!have_cpu_clock_) return;
  timespec ts;
  if (clock_gettime(cpu_clock_, &ts) != 0) return;
  int64_t wait_us = 0;
  if (schedstat_fd_ >= 0) {
    char buf[96];
    ssize_t n = pread(schedstat_fd_, buf, sizeof buf - 1, 0);
    if (n > 0) {
      buf[n] = 0;
      // "<on-cpu ns> <run-queue wait ns> <timeslices>"
      const char* p = strchr(buf, ' ');
      if (p) wait_us = strtoll(p + 1, nullptr, 10) / 1000;
    }
  }
  std::lock_guard<std::mutex> lock(clock_mu_);
  clock_.push_back({now_us, static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000, wait_us});
}

void ThreadProfiler::RollWindow(bool final, std::string* err) {
  // V8 keeps the line a leaf frame was executing only as per-node tick counts for the
  // whole profile; a short window keeps those counts local in time, so two lines of one
  // function (a JS loop, then a blocking wait) are not blended into one average.
  uint32_t old_id = profile_id_.load();
  if (old_id == 0) return;
  // The final window's own work (its heap readings, the settling GC) happens at exit and
  // has no later window to report it: it reports itself, open-ended.
  if (final && heap_) {
    own_spans_.push_back(MonotonicNowUs());
    own_spans_.push_back(INT64_MAX / 2);
  }
  // No triggered samples while profiles are swapped and serialized (V8 locks, and the heap
  // reading below allocates): the window's own bookkeeping is not the program's.
  TriggerSuppress quiet(&triggers_);
  SampleClock(MonotonicNowUs());
  if (final) {
    profile_id_.store(0);
  } else {
    std::string start_err;
    if (!StartProfile(&start_err) && err->empty()) *err = start_err;
  }
  v8::CpuProfile* profile = profiler_->Stop(old_id);
  std::vector<ClockPoint> clock;
  {
    std::lock_guard<std::mutex> lock(clock_mu_);
    clock.swap(clock_);
    // The newest point seeds the next window's series.
    if (!final && !clock.empty()) clock_.push_back(clock.back());
  }
  int64_t now = MonotonicNowUs();
  std::vector<int64_t> paused;
  paused.swap(paused_windows_);
  if (paused_) {
    paused.push_back(pause_start_us_);
    paused.push_back(now);
    pause_start_us_ = now;
  }
  if (profile != nullptr) {
    RawHeader h{static_cast<int>(getpid()), static_cast<int>(getppid()), opts_.thread_id, window_seq_++, final, opts_.interval_us, static_cast<int>(tid_)};
    std::string extra = heap_ ? heap_->WindowJson(final) : std::string();
    if (heap_) AppendTriggers(&triggers_, &extra);
    if (heap_) {
      std::vector<int64_t> own;
      own.swap(own_spans_);
      extra.append(",\"own\":[");
      for (size_t i = 0; i < own.size(); ++i) {
        if (i) extra.push_back(',');
        AppendInt(&extra, own[i]);
      }
      extra.append("]");
    }
    SerializeRaw(profile, h, clock, paused, extra, &pending_, &scripts_);
    profile->Delete();
  }
}

std::vector<std::string> ThreadProfiler::TakeScriptNames() {
  std::vector<std::string> out;
  out.swap(scripts_.fresh);
  return out;
}

std::string ThreadProfiler::Checkpoint(bool final, std::string* err) {
  if (finished_) return "";
  if (final) finished_ = true;
  RollWindow(final, err);
  std::string path;
  if (!pending_.empty()) {
    // One file per checkpoint, one JSON document per window (JSON Lines).
    path = opts_.out_prefix + "." + std::to_string(seq_++) + ".json";
    if (!WriteFileAtomic(path, pending_, err)) path.clear();
    pending_.clear();
  }
  if (final) {
    triggers_.active = false;
    if (CurrentTriggerLog() == &triggers_) InstallTriggerLog(nullptr);
    TriggerSuppress quiet(&triggers_);
    UnregisterClockClient(this);
    if (schedstat_fd_ >= 0) close(schedstat_fd_);
    schedstat_fd_ = -1;
    if (heap_) heap_->Stop();
    if (code_map_) StopCodeMap(isolate_);
    code_map_ = false;
    if (profiler_) profiler_->Dispose();
    profiler_ = nullptr;
  }
  last_checkpoint_us_.store(MonotonicNowUs());
  return path;
}

void ThreadProfiler::SetPaused(bool paused) {
  // Suspending keeps V8 sampling (stopping would lose line tables, see StartProfile) and
  // records the window; the reader drops samples inside it.
  if (finished_ || paused == paused_) return;
  int64_t now = MonotonicNowUs();
  if (paused) {
    pause_start_us_ = now;
  } else {
    paused_windows_.push_back(pause_start_us_);
    paused_windows_.push_back(now);
  }
  paused_ = paused;
}

void ThreadProfiler::OnInterrupt(v8::Isolate* isolate, void* data) {
  // Runs on the isolate's thread at a safe point (the same mechanism the inspector uses
  // to stop a profile while JS is busy), so V8 profiler calls are allowed here.
  auto* self = static_cast<ThreadProfiler*>(data);
  self->interrupt_pending_.store(false);
  int want = self->want_paused_.exchange(-1);
  if (want != -1) self->SetPaused(want == 1);
  bool post_gc = self->post_gc_reading_.exchange(false);
  if (self->finished_ || !self->running()) return;
  int64_t start = MonotonicNowUs();
  bool worked = false;
  if (post_gc && self->heap_) {
    TriggerSuppress quiet(&self->triggers_);  // the reading's allocations are ours
    self->heap_->ReadAfterGc();
    worked = true;
  }
  int64_t now = MonotonicNowUs();
  std::string err;
  if (self->CheckpointDue(now)) {
    self->Checkpoint(false, &err);
    worked = true;
  } else if (self->opts_.window_us > 0 && now - self->last_window_us_.load() >= self->opts_.window_us) {
    self->RollWindow(false, &err);
    worked = true;
  }
  if (worked && !self->finished_) {
    // The profiler's own work on this thread (heap readings, window rolls): its mallocs and
    // copies are not the program's line's, so the reader leaves native events inside out.
    self->own_spans_.push_back(start);
    self->own_spans_.push_back(MonotonicNowUs());
  }
}

void ThreadProfiler::OnGc(void* data) {
  // Isolate thread, inside a GC epilogue, where the heap must not be read: the reading
  // waits for the next interrupt (microseconds later in running JS).
  auto* self = static_cast<ThreadProfiler*>(data);
  self->post_gc_reading_.store(true);
  if (!self->interrupt_pending_.exchange(true)) self->isolate_->RequestInterrupt(OnInterrupt, self);
}

void ThreadProfiler::OnTick(int64_t now_us) {
  bool running = profile_id_.load() != 0;
  if (running) SampleClock(now_us);
  if (running && heap_) heap_->OnTick(now_us);
  bool need_interrupt = false;
  if (running && CheckpointDue(now_us)) need_interrupt = true;
  if (running && opts_.window_us > 0 && now_us - last_window_us_.load() >= opts_.window_us) need_interrupt = true;
  if (!opts_.control_file.empty() && now_us - last_control_check_us_ >= kControlPollUs) {
    last_control_check_us_ = now_us;
    struct stat st;
    if (stat(opts_.control_file.c_str(), &st) == 0) {
      int64_t mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
      if (mtime != control_mtime_ns_) {
        control_mtime_ns_ = mtime;
        char buf[8] = {0};
        if (FILE* f = fopen(opts_.control_file.c_str(), "rb")) {
          size_t n = fread(buf, 1, sizeof buf - 1, f);
          fclose(f);
          buf[n] = 0;
          want_paused_.store(strncmp(buf, "off", 3) == 0 ? 1 : 0);
          need_interrupt = true;
        }
      }
    }
  }
  if (need_interrupt && !interrupt_pending_.exchange(true)) {
    isolate_->RequestInterrupt(OnInterrupt, this);
  }
}

}  // namespace scalene_ci
