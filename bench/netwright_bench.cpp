// netwright_bench: the engine benchmark. Trains the reference MLP and CNN on
// Fashion-MNIST for one epoch each and prints samples/s, test accuracy and peak
// memory. With --torch it compares with PyTorch side by side (SideBySide.h):
// training and batch-256 inference, interleaved rounds, medians and ratios.
#include "FashionBenchmark.h"
#include "SequenceBenchmark.h"
#include "SideBySide.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

// The cost of augmentation: rounds of the same training without and with
// flip + rotate + shift (hflip 0.5, rotate 15, shift 0.1), interleaved so both sides
// see the same load; the medians and their ratio (issue 14 asks for at least 70%).
int compareAugmentation(const std::string& model, int threads, int epochs, int rounds)
{
    nw::AugmentationSettings flipRotateShift;
    flipRotateShift.hflip = 0.5;
    flipRotateShift.rotate = 15;
    flipRotateShift.shift = 0.1;
    std::vector<double> plain, augmented;
    for (int round = 0; round < rounds; ++round)
        for (const bool augment : { false, true }) {
            nw::BenchmarkSettings s;
            s.model = model;
            s.threads = threads;
            s.epochs = epochs;
            if (augment)
                s.augmentation = flipRotateShift;
            const auto r = nw::runFashionBenchmark(s);
            (augment ? augmented : plain).push_back(r.samplesPerSecond);
            std::printf("round %d  %-3s %-22s %9.0f samples/s  test accuracy %.4f  (%d threads, %.2f s)\n", round + 1,
                model.c_str(), augment ? "flip+rotate+shift" : "no augmentation", r.samplesPerSecond, r.testAccuracy,
                r.threads, r.trainSeconds);
            std::fflush(stdout);
        }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
    };
    const double p = median(plain), a = median(augmented);
    std::printf("median %-3s  no augmentation %.0f samples/s, flip+rotate+shift %.0f samples/s: %.1f%% of the speed\n",
        model.c_str(), p, a, 100.0 * a / p);
    return 0;
}

namespace {

// One measurement for the side-by-side comparison, in its own process: a JSON line.
int runChildMeasurement(const std::string& model, int threads, bool inference)
{
    nw::BenchmarkSettings s;
    s.model = model;
    s.threads = threads;
    if (inference) {
        const auto r = nw::runFashionInference(s);
        std::printf("{\"samples_per_second\": %.3f, \"threads\": %d, \"batch_size\": %d}\n", r.samplesPerSecond,
            r.threads, r.batchSize);
        return 0;
    }
    const bool sequence = model == "lstm" || model == "transformer";
    const auto r = sequence ? nw::runSequenceBenchmark(s) : nw::runFashionBenchmark(s);
    std::printf("{\"samples_per_second\": %.3f, \"test_accuracy\": %.6f, \"threads\": %d}\n", r.samplesPerSecond,
        r.testAccuracy, r.threads);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string models = "all";
    int threads = 0, epochs = 1, rounds = nw::SideBySideSettings {}.rounds;
    bool torch = false, child = false, inference = false;
    int augmentRounds = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--model")
            models = next();
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else if (a == "--epochs")
            epochs = std::atoi(next().c_str());
        else if (a == "--torch")
            torch = true;
        else if (a == "--rounds")
            rounds = std::max(1, std::atoi(next().c_str()));
        else if (a == "--augment")
            augmentRounds = std::atoi(next().c_str());
        else if (a == "--child")
            child = true;
        else if (a == "--inference")
            inference = true;
        else {
            std::cerr << "usage: netwright_bench [--model mlp|cnn|all] [--threads N] [--epochs N]"
                         " [--torch [--rounds N]] [--augment ROUNDS]\n"
                         "  --torch: side by side with PyTorch (training and batch-256 inference;"
                         " --model may also be lstm or transformer)\n";
            return 2;
        }
    }
    try {
        if (child)
            return runChildMeasurement(models, threads, inference);
        if (torch) {
            nw::SideBySideSettings s;
            s.self = "/proc/self/exe";
            s.torchScript = NETWRIGHT_SOURCE_DIR "/bench/torch_bench.py";
            s.torchSequenceScript = NETWRIGHT_SOURCE_DIR "/bench/torch_sequence_bench.py";
            if (models != "all")
                s.models = { models };
            s.rounds = rounds;
            return nw::compareWithTorch(s);
        }
        if (augmentRounds > 0)
            return compareAugmentation(models == "all" ? "cnn" : models, threads, epochs, augmentRounds);
        for (const std::string model : {"mlp", "cnn"}) {
            if (models != "all" && models != model)
                continue;
            nw::BenchmarkSettings s;
            s.model = model;
            s.threads = threads;
            s.epochs = epochs;
            if (inference) {
                const auto r = nw::runFashionInference(s);
                std::printf("netwright %-3s  %9.0f samples/s  inference, batches of %d  (%d threads)\n", model.c_str(),
                    r.samplesPerSecond, r.batchSize, r.threads);
                continue;
            }
            const auto r = nw::runFashionBenchmark(s);
            std::printf("netwright %-3s  %9.0f samples/s  test accuracy %.4f  (%d threads, %.2f s, peak RSS %.0f MB)\n",
                        model.c_str(), r.samplesPerSecond, r.testAccuracy, r.threads, r.trainSeconds, r.peakMemoryMb);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::cerr << "netwright_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
