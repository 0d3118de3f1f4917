#include "SideBySide.h"

#include "ChildProcess.h"
#include "FashionBenchmark.h"
#include "PeakFlops.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace nw {

namespace {

// One measurement: a workload on one side in one thread setting.
struct Measurement {
    bool ok = false;
    double samplesPerSecond = 0.0;
    double accuracy = 0.0;
    int threads = 0;
    double peakMemoryMb = 0.0;
    // torch_bench.py found torch calling the netlib reference BLAS: its Linear
    // layers then run tens of times slower and every MLP ratio is meaningless.
    bool referenceBlas = false;
};

// A workload: a model, trained for an epoch or run forward in batches of 256.
struct Workload {
    std::string model;
    bool inference = false;
    std::string name() const { return model + (inference ? " inference" : " training"); }
    double flopsPerSample() const
    {
        return inference ? forwardFlopsPerSample(model) : trainingFlopsPerSample(model);
    }
};

double numberAfter(const std::string& text, const std::string& key)
{
    std::smatch m;
    const std::regex re("\"" + key + "\"\\s*:\\s*([0-9.eE+-]+)");
    return std::regex_search(text, m, re) ? std::atof(m[1].str().c_str()) : 0.0;
}

Measurement measure(const ChildRun& run)
{
    Measurement m;
    m.samplesPerSecond = numberAfter(run.output, "samples_per_second");
    m.ok = run.ok && m.samplesPerSecond > 0.0;
    m.accuracy = numberAfter(run.output, "test_accuracy");
    m.threads = static_cast<int>(numberAfter(run.output, "threads"));
    m.peakMemoryMb = run.peakMemoryMb;
    m.referenceBlas = std::regex_search(run.output, std::regex("\"reference_netlib\"\\s*:\\s*true"));
    return m;
}

bool isSequenceModel(const std::string& model)
{
    return model == "lstm" || model == "transformer";
}

// Our processes load OpenBLAS through OpenCV, though the engine never calls it, and
// OpenBLAS starts one thread per core that yield-spins for its first ~0.1 s: on 2
// cores that took a tenth of a short measurement (MLP inference, 2 threads: about
// 800k samples/s with it, 860k without). Our runs are told to start no BLAS threads.
// PyTorch keeps its default: its dense layers run on OpenBLAS, and its fastest
// setting (torch.set_num_threads(1), OpenBLAS on every core) depends on them.
const std::vector<std::string> kNoBlasThreads { "OPENBLAS_NUM_THREADS=1" };

Measurement runOurs(const SideBySideSettings& s, const Workload& w, int threads)
{
    std::vector<std::string> argv { s.self, "--child", "--model", w.model, "--threads", std::to_string(threads) };
    if (w.inference)
        argv.push_back("--inference");
    return measure(runChild(argv, kNoBlasThreads));
}

Measurement runTorch(const SideBySideSettings& s, const Workload& w, int threads)
{
    const bool sequence = isSequenceModel(w.model);
    std::vector<std::string> argv { "/usr/bin/python3", sequence ? s.torchSequenceScript : s.torchScript, "--model",
        w.model, "--threads", std::to_string(threads), "--json" };
    if (w.inference)
        argv.push_back("--inference");
    return measure(runChild(argv));
}

Measurement faster(const Measurement& a, const Measurement& b)
{
    if (!a.ok)
        return b;
    if (!b.ok)
        return a;
    return b.samplesPerSecond > a.samplesPerSecond ? b : a;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

std::string loadAverage()
{
    std::ifstream f("/proc/loadavg");
    std::string one, five, fifteen;
    f >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

void printMeasurement(int round, const Workload& w, const char* side, const Measurement& m)
{
    if (!m.ok) {
        std::printf("round %d  %-22s %-9s  failed or not available\n", round, w.name().c_str(), side);
        return;
    }
    std::printf("round %d  %-22s %-9s %10.0f samples/s  %d thread%s", round, w.name().c_str(), side,
        m.samplesPerSecond, m.threads, m.threads == 1 ? " " : "s");
    if (!w.inference)
        std::printf("  test accuracy %.4f", m.accuracy);
    std::printf("  peak RSS %.0f MB\n", m.peakMemoryMb);
    std::fflush(stdout);
}

} // namespace

int compareWithTorch(const SideBySideSettings& settings)
{
    std::printf("load average before: %s\n", loadAverage().c_str());
    const double peakOne = measurePeakGflops(1);
    const double peak = measurePeakGflops(2);
    std::printf("measured FMA peak: %.0f GFLOP/s on 1 thread, %.0f GFLOP/s on 2 (the machine's peak below)\n",
        peakOne, peak);

    std::vector<Workload> workloads;
    for (const std::string& model : settings.models) {
        workloads.push_back({ model, false });
        if (!isSequenceModel(model))
            workloads.push_back({ model, true });
    }

    // Per workload, per side: the round's faster thread setting.
    std::map<std::string, std::vector<Measurement>> ours, theirs;
    bool referenceBlas = false;
    for (int round = 1; round <= settings.rounds; ++round)
        for (const Workload& w : workloads) {
            Measurement best[2];
            for (int side = 0; side < 2; ++side)
                for (int threads : { 1, 2 }) {
                    const Measurement m = side == 0 ? runOurs(settings, w, threads) : runTorch(settings, w, threads);
                    printMeasurement(round, w, side == 0 ? "netwright" : "pytorch", m);
                    best[side] = faster(best[side], m);
                    referenceBlas = referenceBlas || m.referenceBlas;
                }
            ours[w.name()].push_back(best[0]);
            theirs[w.name()].push_back(best[1]);
        }

    std::printf("\nload average after: %s\n", loadAverage().c_str());
    std::printf("medians of %d interleaved rounds, each side in its faster thread setting per round:\n",
        settings.rounds);
    for (const Workload& w : workloads) {
        const auto& a = ours[w.name()];
        const auto& b = theirs[w.name()];
        std::vector<double> oursSpeed, theirSpeed, ratios, oursAccuracy, theirAccuracy, oursPeak, theirPeak;
        for (std::size_t r = 0; r < a.size(); ++r) {
            if (a[r].ok) {
                oursSpeed.push_back(a[r].samplesPerSecond);
                oursAccuracy.push_back(a[r].accuracy);
                oursPeak.push_back(a[r].peakMemoryMb);
            }
            if (b[r].ok) {
                theirSpeed.push_back(b[r].samplesPerSecond);
                theirAccuracy.push_back(b[r].accuracy);
                theirPeak.push_back(b[r].peakMemoryMb);
            }
            if (a[r].ok && b[r].ok)
                ratios.push_back(a[r].samplesPerSecond / b[r].samplesPerSecond);
        }
        const double flops = w.flopsPerSample();
        const double oursGflops = median(oursSpeed) * flops / 1e9;
        std::printf("%-22s netwright %9.0f samples/s (%.1f GFLOP/s, %.1f%% of peak)", w.name().c_str(),
            median(oursSpeed), oursGflops, 100.0 * oursGflops / peak);
        if (theirSpeed.empty()) {
            std::printf("   pytorch: not available\n");
            continue;
        }
        std::printf("   pytorch %9.0f samples/s (%.1f GFLOP/s)   ratio %.2fx (rounds:", median(theirSpeed),
            median(theirSpeed) * flops / 1e9, median(ratios));
        for (const double r : ratios)
            std::printf(" %.2f", r);
        std::printf(")");
        if (!w.inference)
            std::printf("   test accuracy %.4f / %.4f", median(oursAccuracy), median(theirAccuracy));
        std::printf("   peak RSS %.0f / %.0f MB\n", median(oursPeak), median(theirPeak));
    }
    if (referenceBlas)
        std::printf("\nWARNING: PyTorch ran on the netlib reference BLAS, so its dense layers are tens of times\n"
                    "slower than with OpenBLAS and the ratios above are not comparisons. Install the reference\n"
                    "side with scripts/install-bench-reference.sh and run again.\n");
    return 0;
}

} // namespace nw
