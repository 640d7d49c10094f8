// A process-wide background thread that ticks every sampling interval.
//
// Why a thread of our own: V8's samples tell us *where* a thread was, not whether it
// was on CPU. Reading each profiled thread's CPU clock (pthread_getcpuclockid) on the
// same cadence lets us split every sample interval into on-CPU and off-CPU (system)
// time. Doing it from a separate thread avoids chaining V8's SIGPROF handler, which V8
// re-installs on every profile start and which must stay async-signal-safe.
// The same tick drives periodic checkpoints and the suspend/resume control file.
#pragma once
#include <cstdint>

namespace scalene_ci {

int64_t MonotonicNowUs();

class ClockClient {
 public:
  virtual ~ClockClient() = default;
  // Called on the sampler thread, with the registry lock held: must not block for long.
  virtual void OnTick(int64_t now_us) = 0;
};

// Registers a client; starts the sampler thread on first use. The period is the
// smallest period any client asked for.
void RegisterClockClient(ClockClient* client, int period_us);
// After this returns, OnTick is never called on the client again.
void UnregisterClockClient(ClockClient* client);

}  // namespace scalene_ci
