/* Throughput of Avahi's service-type check on a file of names, for
 * bench/peers.py (the side-by-side of SPEC §8).
 *
 *   cc -O2 bench/peers/avahi_driver.c -o avahi_driver -lavahi-common
 *   ./avahi_driver NAMES [--mode type|name] [--min-seconds 1] [--repeats 5]
 *                        [--verdicts FILE]
 *
 * NAMES holds one input per line (LF; a trailing CR is dropped). Each
 * repeat checks every name, over and over, until at least --min-seconds
 * have passed, and records names/second; the JSON on stdout has every
 * repeat and their median (wall clock, and per CPU second of the process),
 * and how many names Avahi judged valid;
 * --verdicts writes one line per name, 1 (valid) or 0.
 *
 *   --mode type  avahi_is_valid_service_type_strict(name): "_x._tcp" or
 *                "_x._udp", the first label 3..63 bytes, '_'-led, UTF-8;
 *                no check of the characters or the 15-byte limit.
 *   --mode name  avahi_is_valid_service_name(name): Avahi's *instance*
 *                name check (1..63 bytes of UTF-8), run on the bare
 *                service names (the "_" and "._tcp" stripped). */
#define _POSIX_C_SOURCE 200809L
#include <avahi-common/domain.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int cmp_double(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double clock_seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static double now(void) { return clock_seconds(CLOCK_MONOTONIC); }
static double cpu_now(void) { return clock_seconds(CLOCK_PROCESS_CPUTIME_ID); }

static double median_of(double *xs, int n) {
  qsort(xs, (size_t)n, sizeof *xs, cmp_double);
  return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

/* "_http._tcp" -> "http": the service label without '_' and protocol. */
static char *bare_name(const char *type) {
  const char *start = type[0] == '_' ? type + 1 : type;
  const char *dot = strchr(start, '.');
  const size_t n = dot ? (size_t)(dot - start) : strlen(start);
  char *out = malloc(n + 1);
  if (!out) abort();
  memcpy(out, start, n);
  out[n] = 0;
  return out;
}

int main(int argc, char **argv) {
  const char *path = NULL, *mode = "type", *verdicts = NULL;
  double min_seconds = 1.0;
  int repeats = 5;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "--mode") && i + 1 < argc) mode = argv[++i];
    else if (!strcmp(argv[i], "--min-seconds") && i + 1 < argc)
      min_seconds = atof(argv[++i]);
    else if (!strcmp(argv[i], "--repeats") && i + 1 < argc)
      repeats = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--verdicts") && i + 1 < argc)
      verdicts = argv[++i];
    else if (!path) path = argv[i];
    else {
      fprintf(stderr, "usage: %s NAMES [--mode type|name] [--min-seconds S] "
                      "[--repeats N] [--verdicts FILE]\n", argv[0]);
      return 2;
    }
  }
  if (!path || repeats < 1 || (strcmp(mode, "type") && strcmp(mode, "name"))) {
    fprintf(stderr, "usage: %s NAMES [--mode type|name]\n", argv[0]);
    return 2;
  }
  const int by_type = !strcmp(mode, "type");

  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return 2; }
  size_t count = 0, cap = 1024;
  char **names = malloc(cap * sizeof *names);
  char *line = NULL;
  size_t line_cap = 0;
  ssize_t got;
  while ((got = getline(&line, &line_cap, f)) >= 0) {
    if (got > 0 && line[got - 1] == '\n') line[--got] = 0;
    if (got > 0 && line[got - 1] == '\r') line[--got] = 0;
    if (count == cap) names = realloc(names, (cap *= 2) * sizeof *names);
    names[count++] = by_type ? strdup(line) : bare_name(line);
  }
  free(line);
  fclose(f);
  if (count == 0) { fprintf(stderr, "%s: no names\n", path); return 2; }

  int (*check)(const char *) = by_type ? avahi_is_valid_service_type_strict
                                       : avahi_is_valid_service_name;
  size_t valid = 0;
  FILE *out = verdicts ? fopen(verdicts, "w") : NULL;
  if (verdicts && !out) { perror(verdicts); return 2; }
  for (size_t i = 0; i < count; ++i) {
    const int ok = check(names[i]) != 0;
    valid += ok;
    if (out) fputs(ok ? "1\n" : "0\n", out);
  }
  if (out) fclose(out);

  double *rates = malloc((size_t)repeats * sizeof *rates);
  double *cpu_rates = malloc((size_t)repeats * sizeof *cpu_rates);
  volatile size_t sink = 0;
  for (int r = 0; r < repeats; ++r) {
    size_t checked = 0, ok = 0;
    const double start = now(), cpu_start = cpu_now();
    double elapsed;
    do {
      for (size_t i = 0; i < count; ++i) ok += check(names[i]) != 0;
      checked += count;
      elapsed = now() - start;
    } while (elapsed < min_seconds);
    sink += ok;
    rates[r] = (double)checked / elapsed;
    cpu_rates[r] = (double)checked / (cpu_now() - cpu_start);
  }
  (void)sink;
  printf("{\"tool\": \"avahi\", \"function\": \"%s\", \"names\": %zu, "
         "\"valid\": %zu, \"samples\": [",
         by_type ? "avahi_is_valid_service_type_strict"
                 : "avahi_is_valid_service_name",
         count, valid);
  for (int r = 0; r < repeats; ++r) printf("%s%.0f", r ? ", " : "", rates[r]);
  printf("], \"cpu_samples\": [");
  for (int r = 0; r < repeats; ++r)
    printf("%s%.0f", r ? ", " : "", cpu_rates[r]);
  printf("], \"names_per_second\": %.0f, \"cpu_names_per_second\": %.0f}\n",
         median_of(rates, repeats), median_of(cpu_rates, repeats));
  return 0;
}
