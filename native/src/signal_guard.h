// Saving the profile when the process is told to die (SIGTERM, SIGINT, SIGHUP) without
// changing how it dies. A JS `process.on('SIGTERM')` listener would defer death until the
// event loop runs, which a busy loop never lets happen; instead a native handler records
// the signal, the sampler thread asks the main isolate to checkpoint (V8 interrupt for a
// busy thread, a thread-safe function for an idle event loop), and then the signal is
// re-raised with its default action. Signals the program handles itself are left alone:
// libuv replaces our handler when JS adds a listener.
#pragma once
#include <napi.h>

namespace scalene_ci {
class ThreadProfiler;

// Installs handlers for signals whose disposition is still SIG_DFL. `on_signal` is a JS
// function(signalNumber) called on the main thread when the loop is idle.
void InstallSignalGuard(Napi::Env env, ThreadProfiler* main_profiler, Napi::Function on_signal);
// Restores the default action and re-raises: the process dies as it would have.
void DieBySignal(int sig);
}  // namespace scalene_ci
