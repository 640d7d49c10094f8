#include "signal_guard.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>

#include "clock_sampler.h"
#include "cpu_profiler.h"
#include "compat.h"

namespace scalene_ci {
namespace {

std::atomic<int> g_pending{0};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// What was installed before us (Node's own SignalExit for SIGINT/SIGTERM, which resets
// the terminal then dies): restored before re-raising so death is exactly as before.
struct sigaction g_previous[65];
// If neither path ran the checkpoint by then (a thread stuck in a long native call),
// die anyway: the program asked to die, and the periodic checkpoints keep most data.
constexpr int64_t kGraceUs = 2000000;

void Handler(int sig) {
  // Async-signal-safe: one atomic store. Everything else happens on other threads.
  int expected = 0;
  g_pending.compare_exchange_strong(expected, sig);
}

class Guard : public ClockClient {
 public:
  Guard(v8::Isolate* isolate, ThreadProfiler* profiler, Napi::ThreadSafeFunction tsfn)
      : isolate_(isolate), profiler_(profiler), tsfn_(tsfn) {}

  void OnTick(int64_t now_us) override {
    int sig = g_pending.load();
    if (sig == 0) return;
    if (seen_at_us_ == 0) {
      seen_at_us_ = now_us;
      isolate_->RequestInterrupt(OnInterrupt, this);
      tsfn_.NonBlockingCall(new int(sig), [](Napi::Env env, Napi::Function fn, int* s) {
        int value = *s;
        delete s;
        fn.Call({Napi::Number::New(env, value)});
      });
    } else if (now_us - seen_at_us_ > kGraceUs) {
      DieBySignal(sig);
    }
  }

  static void OnInterrupt(v8::Isolate*, void* data) {
    auto* self = static_cast<Guard*>(data);
    std::string err;
    self->profiler_->Checkpoint(true, &err);
    DieBySignal(g_pending.load());
  }

 private:
  v8::Isolate* isolate_;
  ThreadProfiler* profiler_;
  Napi::ThreadSafeFunction tsfn_;
  int64_t seen_at_us_ = 0;
};

}  // namespace

void InstallSignalGuard(Napi::Env env, ThreadProfiler* main_profiler, Napi::Function on_signal) {
  auto tsfn = Napi::ThreadSafeFunction::New(env, on_signal, "scalene-ci-signal", 0, 1);
  tsfn.Unref(env);  // never keeps the event loop alive
  auto* guard = new Guard(v8::Isolate::GetCurrent(), main_profiler, tsfn);  // process lifetime
  for (int sig : kSignals) {
    struct sigaction old {};
    // At preload time no user code has run, so a handler here is Node's own; an ignored
    // signal (inherited SIG_IGN, e.g. nohup) stays ignored.
    if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
    g_previous[sig] = old;
    struct sigaction sa {};
    sa.sa_handler = Handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, nullptr);
  }
  RegisterClockClient(guard, 1000);
}

void DieBySignal(int sig) {
  if (sig <= 0 || sig >= 65) return;
  struct sigaction restore = g_previous[sig];
  if (restore.sa_handler == nullptr) restore.sa_handler = SIG_DFL;
  sigaction(sig, &restore, nullptr);
  raise(sig);
  // Node's handler may return after resetting the terminal; make sure we still die.
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace scalene_ci
