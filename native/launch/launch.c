// scalene-ci-launch: the first process of `scalene-ci run` on Linux (dist/scalene-ci.sh execs
// it). Why it exists: a Node CLI in front of the program cost one Node start-up (~100 ms
// here) plus its own loading (~20 ms) before the program could start, on every run, and a
// second Node process's memory (docs/PERFORMANCE.md, issue 18). This process starts the
// command at once, with the profiler's environment, and starts the Node CLI *beside* it,
// which reads the checkpoints while the program runs and builds the profile when told how
// the command ended. It stays the command's parent, so that:
//   - the shell gets back the exit status only once the profile is written (scripts and the
//     Action read it next), and a killed benchmark still leaves its profile (the CLI builds
//     it from the checkpoints, marked incomplete);
//   - INT, TERM and HUP sent to `scalene-ci` reach the command, as they did with the Node CLI;
//   - stdin, stdout and stderr are the command's own, untouched.
// It takes the options it can check itself (every `run` option, in its `--name value` form):
// anything else, and anything it is unsure of (an unusual path, a value out of range, a `.ts`
// command), goes to the Node CLI unchanged, which gives the exact error messages and behaviour.
//
// Contract with the CLI (src/cli/run.ts, `LauncherChannel`): the CLI runs as
//   node dist/cli.js run <the same arguments>
// with SCALENE_CI_ATTACH="<session dir>\t<command pid>\t<start, CLOCK_MONOTONIC ns>\t<start,
// Unix ms>" for the first run, its stdin a pipe from here and its fd 3 a pipe to here. On
// stdin, one line when a command ends: "<exit code or -1> <signal number or 0> <end,
// CLOCK_MONOTONIC ns>"; with --repeat, once the CLI has built a run's profile it writes
// "next" on fd 3, and the next run's start comes on stdin as "attach <the variable's value>".
// Once its output is written, the CLI points its stdout and stderr at /dev/null and writes
// "exit <code>" on fd 3: this process returns <code> at once, while the CLI exits. (A CLI
// that cannot, an old engine or a write pending, writes nothing: its exit status is returned
// when it exits.) End of file on stdin where a line was due means this process is gone (or
// could not start the next run): the CLI then ends the profiled tree (its watchdog).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define SHIM_FILE "libscalene_ci_shim.so"
#define DEFAULT_CHECKPOINT_MS 10000.0

static char root[PATH_MAX];    // the package root: <root>/dist/native/<platform>-<arch>/<this file>
static char node[PATH_MAX];    // the CLI's and a `.js` command's node: SCALENE_CI_NODE, else the one on PATH
static char cli[PATH_MAX + 32];
static char **orig_argv;
static int orig_argc;

static volatile sig_atomic_t cmd_pid = 0, cli_pid = 0, cmd_done = 0;

// The CLI's V8 startup snapshot (src/cli/snapshot.ts, docs/PERFORMANCE.md "The CLI's
// snapshot"): the Node CLI with its modules loaded and its exit path compiled, built once per
// node binary by the CLI itself (src/cli/snapshot-cache.ts) into the user's cache folder.
static char snap_blob[PATH_MAX + 64];  // this node's snapshot file, used or to be built
static int snap_use = 0;          // start the CLI from it
static int snap_request = 0;      // there is none yet: the CLI builds it after its run

// Anything this launcher does not handle itself: the Node CLI, with the same arguments.
static void fallback(void) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  char **args = calloc((size_t)orig_argc + 2, sizeof *args);
  if (!args || !node[0] || access(cli, R_OK) != 0) {
    fprintf(stderr, "scalene-ci: cannot start the CLI (%s): is node on PATH?\n", node[0] ? cli : "node not found");
    exit(2);
  }
  args[0] = node;
  args[1] = cli;
  for (int i = 1; i < orig_argc; i++) args[i + 1] = orig_argv[i];
  execv(node, args);
  fprintf(stderr, "scalene-ci: cannot run %s: %s\n", node, strerror(errno));
  exit(2);
}

static int find_on_path(const char *name, char *out, size_t size) {
  const char *path = getenv("PATH");
  if (!path) return 0;
  const char *p = path;
  while (*p) {
    const char *end = strchr(p, ':');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (len > 0 && len + strlen(name) + 2 < size) {
      memcpy(out, p, len);
      out[len] = '/';
      strcpy(out + len + 1, name);
      struct stat st;
      if (stat(out, &st) == 0 && S_ISREG(st.st_mode) && access(out, X_OK) == 0) return 1;
    }
    if (!end) break;
    p = end + 1;
  }
  return 0;
}

// Paths this process writes into JSON or NODE_OPTIONS unquoted: plain ASCII without quotes,
// backslashes, whitespace, control characters or ':' (LD_PRELOAD splits on it). Anything
// else goes to the Node CLI, which quotes (or refuses) properly.
static int plain_path(const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c <= ' ' || c >= 0x7f || c == '"' || c == '\\' || c == ':') return 0;
  }
  return 1;
}

// A number the way the CLI reads it, or reject (the CLI then says why): digits, one dot.
static int parse_number(const char *s, double *out) {
  if (!*s) return 0;
  int dots = 0;
  for (const char *p = s; *p; p++) {
    if (*p == '.') dots++;
    else if (*p < '0' || *p > '9') return 0;
  }
  if (dots > 1 || strcmp(s, ".") == 0) return 0;
  *out = strtod(s, NULL);
  return 1;
}

// `checkWritable` of run.ts: the directory exists and a file can be created in it.
static int writable_dir_of(const char *file) {
  char dir[PATH_MAX];
  if (strlen(file) >= sizeof dir) return 0;
  strcpy(dir, file);
  char *slash = strrchr(dir, '/');
  if (!slash) strcpy(dir, ".");
  else if (slash == dir) dir[1] = 0;
  else *slash = 0;
  char probe[PATH_MAX + 64];
  snprintf(probe, sizeof probe, "%s/.scalene-ci-probe-%d", dir, (int)getpid());
  int fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return 0;
  close(fd);
  unlink(probe);
  return 1;
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

// JSON.stringify of a string (for the "profiling ..." line): quotes, backslashes and control
// characters escaped; other bytes as they are (UTF-8).
static void json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch (c) {
      case '"': fputs("\\\"", f); break;
      case '\\': fputs("\\\\", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\t': fputs("\\t", f); break;
      case '\b': fputs("\\b", f); break;
      case '\f': fputs("\\f", f); break;
      default:
        if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
  }
  fputc('"', f);
}

static long long now_ns(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// For the benches (bench/run.mjs): what the CLI beside the program cost (from wait4).
static void report_cli_usage(const struct rusage *ru) {
  if (!getenv("SCALENE_CI_LAUNCH_STATS")) return;
  fprintf(stderr, "supervisor_rss_kb=%ld\nsupervisor_cpu_s=%.6f\n", ru->ru_maxrss,
          (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) + (ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e6);
}

static void forward(int sig) {
  // Before the command ends, signals are the command's (as the Node CLI forwarded them);
  // after, the CLI building the profile is what a second Ctrl-C means to stop.
  pid_t target = cmd_done ? cli_pid : cmd_pid;
  if (target > 0) kill(target, sig);
}

// What the CLI beside the command is started without: Node 20 reads and parses the file
// NODE_EXTRA_CA_CERTS names at every start, before any code runs (a distribution's bundle:
// ~40 ms of CPU on the bench machine, against 50 ms for the rest of an empty node's start),
// and the CLI makes no TLS connection while it profiles. The command keeps it.
static const char *const cli_dropped[] = {"NODE_EXTRA_CA_CERTS=", NULL};

// setenv for a copy of the environment: a new array, the given variables replaced or added,
// those named in `drop` (NULL-terminated "NAME=" prefixes, or NULL) left out.
static char **with_vars(char *const *env, char **vars, int nvars, const char *const *drop) {
  int n = 0;
  while (env[n]) n++;
  char **out = calloc((size_t)(n + nvars + 1), sizeof *out);
  if (!out) return NULL;
  int k = 0;
  for (int i = 0; i < n; i++) {
    int replaced = 0;
    for (int j = 0; j < nvars; j++) {
      size_t len = strchr(vars[j], '=') - vars[j] + 1;
      if (strncmp(env[i], vars[j], len) == 0) replaced = 1;
    }
    // The CLI's own variables must never reach the profiled program (or come from the user).
    if (strncmp(env[i], "SCALENE_CI_ATTACH=", 18) == 0 || strncmp(env[i], "SCALENE_CI_SNAPSHOT_TO=", 23) == 0) replaced = 1;
    for (int j = 0; drop && drop[j]; j++)
      if (strncmp(env[i], drop[j], strlen(drop[j])) == 0) replaced = 1;
    if (!replaced) out[k++] = env[i];
  }
  for (int j = 0; j < nvars; j++) out[k++] = vars[j];
  out[k] = NULL;
  return out;
}

// FNV-1a: the snapshot's file name is a hash of what it was built from.
static uint64_t fnv(uint64_t h, const void *data, size_t n) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ULL;
  return h;
}

// A file's identity: its real path, inode, size and times (a replaced node binary, or a
// reinstalled package, has another).
static uint64_t fnv_file(uint64_t h, const char *path, int *ok) {
  char real[PATH_MAX], text[256];
  struct stat st;
  if (!realpath(path, real) || stat(real, &st) != 0) {
    *ok = 0;
    return h;
  }
  h = fnv(h, real, strlen(real) + 1);
  int n = snprintf(text, sizeof text, "%llu %llu %lld %lld.%ld %lld.%ld", (unsigned long long)st.st_dev, (unsigned long long)st.st_ino,
                   (long long)st.st_size, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec, (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
  return fnv(h, text, (size_t)n + 1);
}

// Ours alone: owned by this user, writable by no one else.
static int private_to_us(const struct stat *st) {
  return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

// Where this node's snapshot of the CLI is, and whether to use it or have it built. A
// snapshot must come from the same node binary, and V8 refuses one made under other V8 flags
// (NODE_OPTIONS, which the CLI inherits, may carry some): all three name the file.
static void find_snapshot(void) {
  const char *off = getenv("SCALENE_CI_NO_SNAPSHOT");
  if (off && *off) return;
  char bundle[PATH_MAX + 32], dir[PATH_MAX];
  snprintf(bundle, sizeof bundle, "%s/dist/cli-snapshot.cjs", root);
  const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  int n;
  if (xdg && xdg[0] == '/') n = snprintf(dir, sizeof dir, "%s/scalene-ci", xdg);
  else if (home && home[0] == '/') n = snprintf(dir, sizeof dir, "%s/.cache/scalene-ci", home);
  else return;
  if (n <= 0 || (size_t)n + 32 >= sizeof dir) return;
  int ok = 1;
  uint64_t h = fnv(14695981039346656037ULL, "scalene-ci cli snapshot 1", 26);
  h = fnv_file(h, node, &ok);
  h = fnv_file(h, bundle, &ok);
  const char *opts = getenv("NODE_OPTIONS");
  if (!opts) opts = "";
  h = fnv(h, opts, strlen(opts) + 1);
  if (!ok) return;
  snprintf(snap_blob, sizeof snap_blob, "%s/cli-%016llx.blob", dir, (unsigned long long)h);
  struct stat ds, bs;
  if (stat(dir, &ds) == 0 && S_ISDIR(ds.st_mode) && private_to_us(&ds) && stat(snap_blob, &bs) == 0 && S_ISREG(bs.st_mode) &&
      private_to_us(&bs) && bs.st_size > 0) {
    snap_use = 1;
    // Its time is its last use: the builds keep the most recently used (snapshot-cache.ts).
    utimensat(AT_FDCWD, snap_blob, NULL, 0);
    return;
  }
  // A build that failed for this key is not tried on every run (snapshot-cache.ts).
  char failed[sizeof snap_blob + 16];
  snprintf(failed, sizeof failed, "%s.failed", snap_blob);
  struct stat fs;
  if (stat(failed, &fs) != 0 || time(NULL) - fs.st_mtime > 7 * 24 * 3600) snap_request = 1;
}

// Node's exit code for a snapshot it cannot load (a V8 or Node mismatch), or a crash while
// deserializing one (a damaged file).
static int snapshot_failed(int st) {
  if (WIFEXITED(st)) return WEXITSTATUS(st) == 14;
  if (!WIFSIGNALED(st)) return 0;
  int sig = WTERMSIG(st);
  return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGABRT || sig == SIGTRAP;
}

// One line from the CLI's fd 3 ("next", or "exit <code>"), without its newline; -1 at the
// end of the pipe (the CLI is gone). Byte by byte: a line or two per run.
static int read_cli_line(int fd, char *buf, size_t size) {
  size_t n = 0;
  for (;;) {
    char c;
    ssize_t got = read(fd, &c, 1);
    if (got < 0 && errno == EINTR) continue;
    if (got != 1) return -1;
    if (c == '\n') break;
    if (n + 1 < size) buf[n++] = c;
  }
  buf[n] = 0;
  return (int)n;
}

// "exit <code>": the CLI has written the profile, the report and its messages, and let go of
// stdout and stderr (cli/exit.ts releaseLauncher); it exits with <code> next.
static int exit_line(const char *line, int *code) {
  if (strncmp(line, "exit ", 5) != 0) return 0;
  char *end;
  long c = strtol(line + 5, &end, 10);
  if (end == line + 5 || *end || c < 0 || c > 255) return 0;
  *code = (int)c;
  return 1;
}

// The Node CLI beside the command, with the user's environment (not the profiler's) plus
// `attach`; from the snapshot when `from_snapshot`. Its stdin is `status_in`, its fd 3
// `next_out`. Returns its pid (or -1).
static pid_t start_cli(char **argv, int argc, char *attach, int from_snapshot, int status_in, int next_out, const sigset_t *mask) {
  char snap_var[sizeof snap_blob + 32];
  char *cli_vars[2] = {attach, NULL};
  int nv = 1;
  if (!from_snapshot && snap_request) {
    snprintf(snap_var, sizeof snap_var, "SCALENE_CI_SNAPSHOT_TO=%s", snap_blob);
    cli_vars[nv++] = snap_var;
  }
  char **cli_env = with_vars(environ, cli_vars, nv, cli_dropped);
  char **cli_argv = calloc((size_t)argc + 4, sizeof *cli_argv);
  if (!cli_env || !cli_argv) return -1;
  int k = 0;
  cli_argv[k++] = node;
  if (from_snapshot) {
    cli_argv[k++] = "--snapshot-blob";
    cli_argv[k++] = snap_blob;
  }
  cli_argv[k++] = cli;
  for (int j = 1; j < argc; j++) cli_argv[k++] = argv[j];
  pid_t p = fork();
  if (p == 0) {
    // Its own process group: a Ctrl-C at the terminal is for the program; the CLI learns
    // of it from the command's end (and Node resets any signal we could ignore for it).
    setpgid(0, 0);
    dup2(status_in, 0);
    dup2(next_out, 3);
    signal(SIGPIPE, SIG_DFL);
    sigprocmask(SIG_SETMASK, mask, NULL);
    execve(node, cli_argv, cli_env);
    _exit(127);
  }
  free(cli_env);
  free(cli_argv);
  return p;
}

// RESTART_WITHOUT_SNAPSHOT: new pipes (the old ones' other ends died with the CLI), the same
// arguments and attach line, no snapshot. Returns 1 once the new CLI is started.
static int restart_cli(char **argv, int argc, char *attach, int status_pipe[2], int next_pipe[2], pid_t *cpid, const sigset_t *mask) {
  int st[2], nx[2];
  if (pipe2(st, O_CLOEXEC) != 0) return 0;
  if (pipe2(nx, O_CLOEXEC) != 0) {
    close(st[0]);
    close(st[1]);
    return 0;
  }
  fprintf(stderr, "scalene-ci: the CLI could not start from its snapshot (%s); removed it, starting the CLI without\n", snap_blob);
  unlink(snap_blob);
  snap_use = 0;
  // As at the first start: no signal handler of ours runs in the child before its exec.
  sigset_t all, prev;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &prev);
  pid_t p = start_cli(argv, argc, attach, 0, st[0], nx[1], mask);
  sigprocmask(SIG_SETMASK, &prev, NULL);
  close(st[0]);
  close(nx[1]);
  if (p < 0) {
    close(st[1]);
    close(nx[0]);
    return 0;
  }
  if (status_pipe[1] >= 0) close(status_pipe[1]);
  close(next_pipe[0]);
  status_pipe[1] = st[1];
  next_pipe[0] = nx[0];
  *cpid = p;
  cli_pid = p;
  return 1;
}

int main(int argc, char **argv) {
  orig_argc = argc;
  orig_argv = argv;
  // (The Action names the node it runs under: a runner's PATH may hold an older one.)
  const char *given = getenv("SCALENE_CI_NODE");
  if (given && *given && strlen(given) < sizeof node && access(given, X_OK) == 0) strcpy(node, given);
  else if (!find_on_path("node", node, sizeof node)) node[0] = 0;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) {
    fprintf(stderr, "scalene-ci: cannot locate the package (/proc/self/exe)\n");
    return 2;
  }
  exe[n] = 0;
  strcpy(root, exe);
  for (int up = 0; up < 4; up++) {
    char *slash = strrchr(root, '/');
    if (!slash || slash == root) {
      fprintf(stderr, "scalene-ci: %s is not inside the scalene-ci package\n", exe);
      return 2;
    }
    *slash = 0;
  }
  snprintf(cli, sizeof cli, "%s/dist/cli.js", root);
  if (argc < 2 || strcmp(argv[1], "run") != 0 || getenv("SCALENE_CI_NO_LAUNCHER") || !node[0]) fallback();

  // --- the options this launcher handles; anything else goes to the CLI ------------------
  int cpu_only = 0, gpu = 1, repeat = 1;
  double interval_ms = 1, profile_interval_s = 0;
  const char *malloc_threshold = NULL;
  const char *json_out = "scalene-profile.json", *outfile = NULL;
  int i = 2;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) break;
    if (strcmp(a, "--cpu-only") == 0) cpu_only = 1;
    else if (strcmp(a, "--no-gpu") == 0) gpu = 0;
    else if (strcmp(a, "--gpu") == 0 || strcmp(a, "--no-report") == 0 || strcmp(a, "--reduced-profile") == 0 ||
             strcmp(a, "--profile-all") == 0 || strcmp(a, "--use-virtual-time") == 0) {
      // the CLI's alone
    } else if (i + 1 < argc && (strcmp(a, "--profile-only") == 0 || strcmp(a, "--profile-exclude") == 0)) {
      i++;
    } else if (i + 1 < argc && strcmp(a, "--cpu-percent-threshold") == 0) {
      double pct;
      if (!parse_number(argv[++i], &pct) || pct > 100) fallback();
    } else if (i + 1 < argc && strcmp(a, "--cpu-sampling-interval") == 0) {
      if (!parse_number(argv[++i], &interval_ms) || interval_ms < 0.1 || interval_ms > 1000) fallback();
    } else if (i + 1 < argc && strcmp(a, "--repeat") == 0) {
      const char *v = argv[++i];
      char *end;
      long r = strtol(v, &end, 10);
      if (!*v || *end || r < 1 || r > 1000000 || v[0] < '0' || v[0] > '9') fallback();
      repeat = (int)r;
    } else if (i + 1 < argc && strcmp(a, "--profile-interval") == 0) {
      if (!parse_number(argv[++i], &profile_interval_s) || !(profile_interval_s > 0)) fallback();
    } else if (i + 1 < argc && strcmp(a, "--malloc-threshold") == 0) {
      // run.ts `mallocThreshold`: whole bytes, from a page to the shim's 2^40 cap.
      const char *v = argv[++i];
      if (!*v || strlen(v) > 13 || strspn(v, "0123456789") != strlen(v)) fallback();
      long long bytes = atoll(v);
      if (bytes < 4096 || bytes > (1LL << 40)) fallback();
      malloc_threshold = v;
    } else if (i + 1 < argc && strcmp(a, "--json-out") == 0 && argv[i + 1][0] != '-') {
      json_out = argv[++i];
    } else if (i + 1 < argc && strcmp(a, "--outfile") == 0 && argv[i + 1][0] != '-') {
      outfile = argv[++i];
    } else {
      fallback();  // --help, `--x=y`, typos...
    }
  }
  if (i >= argc - 1) fallback();  // no `--`, or no command after it
  if (malloc_threshold && cpu_only) fallback();  // the CLI says it has no effect there
  char **command = argv + i + 1;
  int ncommand = argc - i - 1;
  if (ends_with(command[0], ".ts") || ends_with(command[0], ".mts") || ends_with(command[0], ".cts")) fallback();
  if (!writable_dir_of(json_out) || (outfile && !writable_dir_of(outfile))) fallback();
  // The CLI runs in its own process group (below); on a terminal with `stty tostop`, its
  // report would stop it (SIGTTOU) and this process would wait for it for ever.
  for (int fd = 1; fd <= 2; fd++) {
    struct termios t;
    if (isatty(fd) && tcgetattr(fd, &t) == 0 && (t.c_lflag & TOSTOP)) fallback();
  }

  char preload[PATH_MAX + 32];
  snprintf(preload, sizeof preload, "%s/dist/preload.cjs", root);
  if (!plain_path(root) || access(preload, R_OK) != 0) fallback();
  char shim[PATH_MAX + 64] = "";
  if (!cpu_only) {
    const char *arch =
#if defined(__x86_64__)
        "x64";
#elif defined(__aarch64__)
        "arm64";
#else
        "";
#endif
    snprintf(shim, sizeof shim, "%s/dist/native/linux-%s/" SHIM_FILE, root, arch);
    if (access(shim, R_OK) != 0) snprintf(shim, sizeof shim, "%s/build/shim/" SHIM_FILE, root);
    if (access(shim, R_OK) != 0) fallback();  // the CLI warns that native sampling is off
  }
  double checkpoint_ms = DEFAULT_CHECKPOINT_MS;
  const char *cp = getenv("SCALENE_CI_CHECKPOINT_MS");
  double cpv;
  if (cp && *cp) {
    if (!parse_number(cp, &cpv)) fallback();
    if (cpv > 0) checkpoint_ms = cpv;
  }
  // --profile-interval: every thread checkpoints at least that often (the interim profiles).
  if (profile_interval_s > 0 && profile_interval_s * 1000 < checkpoint_ms) checkpoint_ms = profile_interval_s * 1000;

  // --- what every run shares: the session folders' template, the environment, the command
  // (cli/session.ts: mkdtemp 0700, named after this pid, which `scalene-ci profile --pid` takes)
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp) tmp = getenv("TMP");
  if (!tmp || !*tmp) tmp = getenv("TEMP");
  if (!tmp || !*tmp) tmp = "/tmp";
  char tmpl[PATH_MAX];
  size_t tl = strlen(tmp);
  while (tl > 1 && tmp[tl - 1] == '/') tl--;
  if (tl + 40 >= sizeof tmpl) fallback();
  snprintf(tmpl, sizeof tmpl, "%.*s/scalene-ci-%d-XXXXXX", (int)tl, tmp, (int)getpid());
  if (!plain_path(tmpl)) fallback();

  // The profiled command's environment (run.ts: SessionConfig, NODE_OPTIONS, LD_PRELOAD).
  char *vars[4];
  int nvars = 1;  // vars[0]: the run's SCALENE_CI_CONFIG
  char malloc_var[64];
  if (malloc_threshold) {
    snprintf(malloc_var, sizeof malloc_var, "SCALENE_CI_MALLOC_WINDOW_BYTES=%s", malloc_threshold);
    vars[nvars++] = malloc_var;
  }
  const char *old_opts = getenv("NODE_OPTIONS");
  size_t optlen = (old_opts ? strlen(old_opts) : 0) + strlen(preload) + 32;
  char *node_options = malloc(optlen);
  if (!node_options) fallback();
  snprintf(node_options, optlen, "NODE_OPTIONS=%s%s--require %s", old_opts && *old_opts ? old_opts : "", old_opts && *old_opts ? " " : "", preload);
  vars[nvars++] = node_options;
  if (!cpu_only) {
    // shim.ts `preloadEnv`: ours first, the existing entries kept (split on ':' and blanks), never twice.
    const char *old = getenv("LD_PRELOAD");
    size_t len = strlen(shim) + (old ? strlen(old) : 0) + 16;
    char *ld = malloc(len);
    char *entries = strdup(old ? old : "");
    if (!ld || !entries) fallback();
    int present = 0;
    snprintf(ld, len, "LD_PRELOAD=%s", shim);
    for (char *save = NULL, *e = strtok_r(entries, ": \t\n\r\f\v", &save); e; e = strtok_r(NULL, ": \t\n\r\f\v", &save)) {
      if (strcmp(e, shim) == 0) present = 1;
      strcat(ld, ":");
      strcat(ld, e);
    }
    if (present) snprintf(ld, len, "LD_PRELOAD=%s", old);
    vars[nvars++] = ld;
  }

  // `scalene-ci run -- app.js` is shorthand for `node app.js`.
  char **cmd_argv = calloc((size_t)ncommand + 2, sizeof *cmd_argv);
  if (!cmd_argv) fallback();
  int k = 0;
  if (ends_with(command[0], ".js") || ends_with(command[0], ".cjs") || ends_with(command[0], ".mjs")) cmd_argv[k++] = node;
  for (int j = 0; j < ncommand; j++) cmd_argv[k++] = command[j];
  // The line the Node CLI prints shows JSON.stringify(command.join(' ')).
  size_t total = 1;
  for (int j = 0; j < k; j++) total += strlen(cmd_argv[j]) + 1;
  char *joined = malloc(total);
  if (!joined) fallback();
  joined[0] = 0;
  for (int j = 0; j < k; j++) {
    if (j) strcat(joined, " ");
    strcat(joined, cmd_argv[j]);
  }
  const char *ci = getenv("CI"), *gha = getenv("GITHUB_ACTIONS");
  int hint = !((ci && *ci) || (gha && *gha));

  // --- the runs: each command started here, the CLI beside the first one -------------------
  // status: this process → the CLI (stdin): each command's end, then the next run's start.
  // next: the CLI → this process (its fd 3): the last run's profile is built, start the next
  // one (so that no build competes with a measured run).
  int status_pipe[2], next_pipe[2];
  if (pipe2(status_pipe, O_CLOEXEC) != 0 || pipe2(next_pipe, O_CLOEXEC) != 0) fallback();
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = forward;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigset_t all, old_mask;
  sigfillset(&all);
  int cli_status = -1;
  int released = -1;  // the status in the CLI's "exit <code>" line, once it came
  pid_t cpid = 0;
  static char first_attach[PATH_MAX + 128];
  long long cli_started_ns = 0;
  char last_line[96] = "";
  int last_run_started = 0;
  // A CLI that could not start from its snapshot (killed, or Node's exit code 14, within its
  // first seconds) is started again without it, and the snapshot is removed: the command
  // runs on regardless, and the new CLI builds its profile from the session folder.
#define RESTART_WITHOUT_SNAPSHOT(st)                                                                        \
  (snap_use && snapshot_failed(st) && now_ns(CLOCK_MONOTONIC) - cli_started_ns < 5000000000LL &&          \
   restart_cli(argv, argc, first_attach, status_pipe, next_pipe, &cpid, &old_mask))
  find_snapshot();
  for (int run = 1; run <= repeat; run++) {
    if (run > 1) {
      char line[64];
      int got = read_cli_line(next_pipe[0], line, sizeof line);
      if (got < 0 && run == 2 && snap_use) {
        // Gone before the first run's "next": a CLI that could not start from its snapshot
        // is started again without it and told how the first run ended.
        int w_st;
        pid_t w;
        do w = waitpid(cpid, &w_st, 0);
        while (w < 0 && errno == EINTR);
        if (w == cpid && RESTART_WITHOUT_SNAPSHOT(w_st)) {
          (void)!write(status_pipe[1], last_line, strlen(last_line));
          run--;
          continue;
        }
        if (w == cpid) cli_status = w_st;
      }
      if (got < 0) break;  // the CLI is gone: it says why
      if (exit_line(line, &released)) break;  // it stopped repeating (and said why)
    }
    // Out of resources before a run starts: the first run is the Node CLI's to try; a later
    // one ends the repetitions (the CLI, told nothing more, keeps the runs before it).
#define CANNOT_START(what)                                                                   \
  do {                                                                                         \
    if (run == 1) fallback();                                                                  \
    fprintf(stderr, "scalene-ci: cannot start run %d: %s: %s\n", run, what, strerror(errno)); \
    goto runs_done;                                                                            \
  } while (0)
    char dir[PATH_MAX];
    strcpy(dir, tmpl);
    if (!mkdtemp(dir)) CANNOT_START("a session folder");
    char sub[PATH_MAX + 8];
    snprintf(sub, sizeof sub, "%s/raw", dir);
    mkdir(sub, 0777);
    snprintf(sub, sizeof sub, "%s/proc", dir);
    mkdir(sub, 0777);
    char config[3 * PATH_MAX + 256];
    snprintf(config, sizeof config,
             "SCALENE_CI_CONFIG={\"dir\":\"%s\",\"root\":\"%s\",\"preload\":\"%s\",\"intervalUs\":%.0f,\"checkpointMs\":%.17g,\"mode\":\"%s\",\"gpu\":%s}",
             dir, root, preload, (double)(long long)(interval_ms * 1000 + 0.5), checkpoint_ms, cpu_only ? "cpu" : "full", gpu ? "true" : "false");
    vars[0] = config;
    char **cmd_env = with_vars(environ, vars, nvars, NULL);
    if (!cmd_env) CANNOT_START("memory");

    if (repeat > 1) fprintf(stderr, "scalene-ci: run %d/%d\n", run, repeat);
    fputs("scalene-ci: profiling ", stderr);
    json_string(stderr, joined);
    fprintf(stderr, " (scalene-ci pid %d", (int)getpid());
    if (hint) fprintf(stderr, "; suspend with `scalene-ci profile --off --pid %d`", (int)getpid());
    fputs(")\n", stderr);
    fflush(stderr);

    // The command: exec failures come back through a close-on-exec pipe.
    sigprocmask(SIG_BLOCK, &all, &old_mask);
    long long start_mono = now_ns(CLOCK_MONOTONIC), start_unix_ms = now_ns(CLOCK_REALTIME) / 1000000;
    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) != 0) {
      sigprocmask(SIG_SETMASK, &old_mask, NULL);
      CANNOT_START("a pipe");
    }
    pid_t pid = fork();
    if (pid < 0) {
      sigprocmask(SIG_SETMASK, &old_mask, NULL);
      CANNOT_START("fork");
    }
    if (pid == 0) {
      close(errpipe[0]);
      signal(SIGPIPE, SIG_DFL);
      sigprocmask(SIG_SETMASK, &old_mask, NULL);
      environ = cmd_env;
      execvp(cmd_argv[0], cmd_argv);
      int e = errno;
      (void)!write(errpipe[1], &e, sizeof e);
      _exit(127);
    }
    close(errpipe[1]);
    int exec_errno = 0;
    ssize_t got;
    do got = read(errpipe[0], &exec_errno, sizeof exec_errno);
    while (got < 0 && errno == EINTR);
    close(errpipe[0]);
    free(cmd_env);
    if (got == (ssize_t)sizeof exec_errno) {
      waitpid(pid, NULL, 0);
      snprintf(sub, sizeof sub, "%s/raw", dir);
      rmdir(sub);
      snprintf(sub, sizeof sub, "%s/proc", dir);
      rmdir(sub);
      rmdir(dir);
      if (exec_errno == ENOENT) fprintf(stderr, "scalene-ci: command not found: %s\n", cmd_argv[0]);
      else if (exec_errno == EACCES) fprintf(stderr, "scalene-ci: command is not executable: %s\n", cmd_argv[0]);
      else fprintf(stderr, "scalene-ci: cannot run %s: %s\n", cmd_argv[0], strerror(exec_errno));
      if (run == 1) return 2;
      sigprocmask(SIG_SETMASK, &old_mask, NULL);
      break;  // the CLI, told nothing more, says the run could not start
    }
    cmd_pid = pid;
    cmd_done = 0;
    last_run_started = run;

    char attach[PATH_MAX + 128];
    snprintf(attach, sizeof attach, "SCALENE_CI_ATTACH=%s\t%d\t%lld\t%lld", dir, (int)pid, start_mono, start_unix_ms);
    if (run == 1) {
      snprintf(first_attach, sizeof first_attach, "%s", attach);
      cpid = start_cli(argv, argc, first_attach, snap_use, status_pipe[0], next_pipe[1], &old_mask);
      if (cpid < 0) {
        kill(pid, SIGTERM);
        perror("scalene-ci: fork");
        return 2;
      }
      cli_started_ns = now_ns(CLOCK_MONOTONIC);
      close(status_pipe[0]);
      close(next_pipe[1]);
      cli_pid = cpid;
      sigaction(SIGINT, &sa, NULL);
      sigaction(SIGTERM, &sa, NULL);
      sigaction(SIGHUP, &sa, NULL);
      signal(SIGPIPE, SIG_IGN);
    } else {
      // "attach <dir>\t<pid>\t<start ns>\t<start ms>" (the variable's value, on the status pipe)
      char line[PATH_MAX + 160];
      int len = snprintf(line, sizeof line, "attach %s\n", attach + strlen("SCALENE_CI_ATTACH="));
      (void)!write(status_pipe[1], line, (size_t)len);
    }
    sigprocmask(SIG_SETMASK, &old_mask, NULL);

    // Wait for the command (the CLI may end first: it failed, or a signal was for it).
    int st = 0;
    for (;;) {
      int w_st;
      struct rusage ru;
      pid_t w = wait4(-1, &w_st, 0, &ru);
      if (w < 0) {
        if (errno == EINTR) continue;
        break;
      }
      if (w == pid) {
        st = w_st;
        break;
      }
      if (w == cpid) {
        if (run == 1 && RESTART_WITHOUT_SNAPSHOT(w_st)) continue;
        cli_status = w_st;
        report_cli_usage(&ru);
      }
    }
    cmd_done = 1;
    int len = snprintf(last_line, sizeof last_line, "%d %d %lld\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1, WIFSIGNALED(st) ? WTERMSIG(st) : 0, now_ns(CLOCK_MONOTONIC));
    if (cli_status < 0) (void)!write(status_pipe[1], last_line, (size_t)len);
    // A failing run ends the repetitions (the CLI stops too, and keeps what it has).
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || cli_status >= 0) break;
  }
runs_done:
  close(status_pipe[1]);
  status_pipe[1] = -1;
  while (cli_status < 0) {
    // The CLI's "exit <code>" comes once its output is written: return that status then,
    // not after its own exit (~3 ms: Node's exit path and the kernel's teardown of the
    // process). The end of its fd 3 without one: it ended (or failed) the old way.
    while (released < 0) {
      char line[64];
      if (read_cli_line(next_pipe[0], line, sizeof line) < 0) break;
      exit_line(line, &released);
    }
    if (released >= 0) {
      if (!getenv("SCALENE_CI_LAUNCH_STATS")) return released;
      // The benches: when the status was known, then the CLI's usage from wait4 as before.
      fprintf(stderr, "supervisor_released_ns=%lld\n", now_ns(CLOCK_MONOTONIC));
    }
    int w_st;
    struct rusage ru;
    pid_t w = wait4(cpid, &w_st, 0, &ru);
    if (w < 0) {
      if (errno == EINTR) continue;
      return released >= 0 ? released : 70;
    }
    if (released >= 0) {
      report_cli_usage(&ru);
      return released;
    }
    if (last_run_started == 1 && RESTART_WITHOUT_SNAPSHOT(w_st)) {
      // The command has ended (and no other run will start): the new CLI is told so at once.
      (void)!write(status_pipe[1], last_line, strlen(last_line));
      close(status_pipe[1]);
      status_pipe[1] = -1;
      continue;
    }
    cli_status = w_st;
    report_cli_usage(&ru);
  }
  if (WIFEXITED(cli_status)) return WEXITSTATUS(cli_status);
  return 128 + WTERMSIG(cli_status);
}
