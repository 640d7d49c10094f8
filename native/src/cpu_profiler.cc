#include "cpu_profiler.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "compat.h"

namespace scalene_ci {

namespace {
constexpr int64_t kControlPollUs = 200000;  // suspend/resume latency from another shell
}

ThreadProfiler::ThreadProfiler(v8::Isolate* isolate, ProfilerOptions options)
    : isolate_(isolate), opts_(std::move(options)) {
  // Why pthread_getcpuclockid and not CLOCK_THREAD_CPUTIME_ID: the clock is read from
  // the sampler thread, so it must name *this* thread explicitly.
  have_cpu_clock_ = pthread_getcpuclockid(pthread_self(), &cpu_clock_) == 0;
}

ThreadProfiler::~ThreadProfiler() {
  UnregisterClockClient(this);
  if (profiler_ != nullptr) {
    if (profile_id_ != 0) {
      v8::CpuProfile* p = profiler_->Stop(profile_id_.load());
      if (p) p->Delete();
    }
    profiler_->Dispose();
  }
}

bool ThreadProfiler::StartProfile(std::string* err) {
  // A fresh CpuProfiler per profile: reusing one after Stop hits V8 bug 11051 (stale
  // code map), as google/pprof-nodejs found.
  if (profiler_ != nullptr) profiler_->Dispose();
  profiler_ = v8::CpuProfiler::New(isolate_, v8::kDebugNaming, v8::kLazyLogging);
  profiler_->SetSamplingInterval(opts_.interval_us);
  v8::CpuProfilingResult r = profiler_->Start(compat::CallerLineOptions(0));
  if (r.status != v8::CpuProfilingStatus::kStarted) {
    *err = "V8 refused to start the CPU profiler";
    profiler_->Dispose();
    profiler_ = nullptr;
    return false;
  }
  profile_id_ = r.id;
  int64_t now = MonotonicNowUs();
  SampleClock(now);  // seed the series so the first sample interval has a CPU reading
  last_checkpoint_us_.store(now);
  return true;
}

bool ThreadProfiler::Start(std::string* err) {
  // Without this, V8 collects source positions lazily and frames of functions compiled
  // before their first stack trace report wrong lines. Must run before user code compiles,
  // which is why the preload starts the profiler first thing.
  v8::CpuProfiler::UseDetailedSourcePositionsForProfiling(isolate_);
  if (!StartProfile(err)) return false;
  RegisterClockClient(this, opts_.interval_us);
  return true;
}

void ThreadProfiler::SampleClock(int64_t now_us) {
  if (!have_cpu_clock_) return;
  timespec ts;
  if (clock_gettime(cpu_clock_, &ts) != 0) return;
  std::lock_guard<std::mutex> lock(clock_mu_);
  clock_.push_back({now_us, static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000});
}

std::string ThreadProfiler::Checkpoint(bool final, std::string* err) {
  if (finished_) return "";
  if (final) finished_ = true;
  v8::CpuProfile* profile = nullptr;
  if (profile_id_ != 0) {
    SampleClock(MonotonicNowUs());
    profile = profiler_->Stop(profile_id_.load());
    profile_id_ = 0;
  }
  std::vector<ClockPoint> clock;
  {
    std::lock_guard<std::mutex> lock(clock_mu_);
    clock.swap(clock_);
  }
  std::string path;
  if (profile != nullptr) {
    RawHeader h{static_cast<int>(getpid()), static_cast<int>(getppid()), opts_.thread_id, seq_, final, opts_.interval_us};
    std::string json;
    SerializeRaw(profile, h, clock, &json);
    profile->Delete();
    path = opts_.out_prefix + "." + std::to_string(seq_) + ".json";
    ++seq_;
    if (!WriteFileAtomic(path, json, err)) path.clear();
  }
  if (final) {
    UnregisterClockClient(this);
    if (profiler_) profiler_->Dispose();
    profiler_ = nullptr;
  } else if (!paused_) {
    std::string start_err;
    if (!StartProfile(&start_err) && err->empty()) *err = start_err;
  }
  last_checkpoint_us_.store(MonotonicNowUs());
  return path;
}

void ThreadProfiler::SetPaused(bool paused) {
  if (finished_ || paused == paused_) return;
  paused_ = paused;
  std::string err;
  if (paused) {
    // Keep what was collected so far: write it, then stay stopped.
    Checkpoint(false, &err);
  } else {
    StartProfile(&err);
  }
}

void ThreadProfiler::OnInterrupt(v8::Isolate* isolate, void* data) {
  // Runs on the isolate's thread at a safe point (the same mechanism the inspector uses
  // to stop a profile while JS is busy), so V8 profiler calls are allowed here.
  auto* self = static_cast<ThreadProfiler*>(data);
  self->interrupt_pending_.store(false);
  int want = self->want_paused_.exchange(-1);
  if (want != -1) self->SetPaused(want == 1);
  if (self->finished_) return;
  if (self->opts_.checkpoint_us > 0 && self->running() &&
      MonotonicNowUs() - self->last_checkpoint_us_.load() >= self->opts_.checkpoint_us) {
    std::string err;
    self->Checkpoint(false, &err);
  }
}

void ThreadProfiler::OnTick(int64_t now_us) {
  if (profile_id_ != 0) SampleClock(now_us);
  bool need_interrupt = false;
  if (opts_.checkpoint_us > 0 && profile_id_ != 0 &&
      now_us - last_checkpoint_us_.load() >= opts_.checkpoint_us) {
    need_interrupt = true;
  }
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
