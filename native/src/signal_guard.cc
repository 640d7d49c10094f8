#include "signal_guard.h"

#include <execinfo.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

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

// A crash of the profiled process (ours or the program's) prints where it happened: the
// native stack goes to stderr, which CI logs keep, before the process dies as it would
// have. Node's own SIGSEGV/SIGBUS handler (WebAssembly out-of-bounds traps) runs first and
// decides: it returns after turning a trap into a JS exception, and otherwise resets the
// signal to its default action and raises it, which stays pending until we return.
struct sigaction g_previous_fault[2];  // SIGSEGV, SIGBUS

void WriteErr(const char* s) {
  ssize_t r = write(STDERR_FILENO, s, strlen(s));
  (void)r;
}

void WriteHex(uintptr_t v) {
  char buf[2 + 16 + 1];
  int i = sizeof buf - 1;
  buf[i] = 0;
  do {
    buf[--i] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v != 0 && i > 2);
  buf[--i] = 'x';
  buf[--i] = '0';
  WriteErr(buf + i);
}

void FaultHandler(int sig, siginfo_t* info, void* context) {
  const struct sigaction& prev = g_previous_fault[sig == SIGBUS ? 1 : 0];
  bool chained = false;
  if ((prev.sa_flags & SA_SIGINFO) != 0 && prev.sa_sigaction != nullptr) {
    prev.sa_sigaction(sig, info, context);
    chained = true;
  } else if (prev.sa_handler != SIG_DFL && prev.sa_handler != SIG_IGN && prev.sa_handler != nullptr) {
    prev.sa_handler(sig);
    chained = true;
  }
  struct sigaction now {};
  sigaction(sig, nullptr, &now);
  bool still_ours = (now.sa_flags & SA_SIGINFO) != 0 && now.sa_sigaction == FaultHandler;
  if (chained && still_ours) return;  // handled (a WebAssembly trap): the program goes on
  WriteErr(sig == SIGBUS ? "scalene-ci: the profiled process crashed (SIGBUS at " : "scalene-ci: the profiled process crashed (SIGSEGV at ");
  WriteHex(reinterpret_cast<uintptr_t>(info != nullptr ? info->si_addr : nullptr));
  WriteErr("); native stack:\n");
  void* frames[48];
  int n = backtrace(frames, 48);
  backtrace_symbols_fd(frames, n, STDERR_FILENO);
  if (still_ours) {
    // Nobody before us: the default action, when the faulting instruction runs again.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigaction(sig, &dfl, nullptr);
  }
}

void InstallCrashReport() {
  // backtrace() loads libgcc's unwinder on first use (malloc, dlopen): do that now, not
  // inside a signal handler.
  void* warm[2];
  backtrace(warm, 2);
  const int sigs[2] = {SIGSEGV, SIGBUS};
  for (int i = 0; i < 2; ++i) {
    struct sigaction sa {};
    sa.sa_sigaction = FaultHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (sigaction(sigs[i], &sa, &g_previous_fault[i]) != 0) continue;
    if ((g_previous_fault[i].sa_flags & SA_SIGINFO) == 0 && g_previous_fault[i].sa_handler == SIG_IGN) sigaction(sigs[i], &g_previous_fault[i], nullptr);
  }
}

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
  InstallCrashReport();
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
