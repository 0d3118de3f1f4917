// Explanation speed on the Fashion CNN example (resources/examples/fashion-cnn.nwproj):
// per method, the time to explain one Fashion-MNIST test image, as the Explain
// dock and `netwright-cli explain` do. Weights: a trained project given as the
// first argument, else the example's seed weights (the work is the same).
//
// Protocol (bench/README.md): ROUNDS interleaved rounds, every method once per
// repetition inside a round; per method the median within each round, then the
// median of the rounds. Run bench/torch_explain_bench.py right after for the
// PyTorch side of the same work, and report `uptime`.
//
//   build/bench/explain_bench [trained.nwproj] [--threads T] [--rounds R]
#include "data/IdxFile.h"
#include "engine/ThreadPool.h"
#include "explain/ExplainModel.h"
#include "explain/Explainer.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace nw;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The first test image of Fashion-MNIST, scaled by 1/255 as training does;
// a striped pattern when the Debian package is not installed.
Tensor fashionSample()
{
    Tensor x({ 1, 28, 28 });
    try {
        const IdxArray images = readIdxFile("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz");
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = images.values[i] / 255.0f;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "note: %s; using a synthetic image\n", e.what());
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = static_cast<float>((i / 28 + i % 28) % 7) / 7.0f;
    }
    return x;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString projectPath = QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/fashion-cnn.nwproj");
    int threads = 0;
    int rounds = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else
            projectPath = QString::fromLocal8Bit(argv[i]);
    }
    QString error;
    auto project = PreparedProject::load(projectPath, { .loadData = false, .loadWeights = true }, &error);
    if (!project || !project->isValid()) {
        std::fprintf(stderr, "explain_bench: %s\n", qPrintable(error.isEmpty() ? projectPath + QStringLiteral(": does not compile") : error));
        return 1;
    }
    ThreadPool pool(threads);
    ExplainModel model(project->graph(), pool);
    const Tensor sample = fashionSample();

    struct Case {
        const char* name;
        ExplainOptions options;
        int repetitions;
    };
    const std::vector<Case> cases = {
        { "gradient", { .method = ExplainMethod::Gradient }, 30 },
        { "gradient-x-input", { .method = ExplainMethod::GradientXInput }, 30 },
        { "grad-cam relu2", { .method = ExplainMethod::GradCam, .node = "relu2" }, 30 },
        { "smoothgrad 25", { .method = ExplainMethod::SmoothGrad, .samples = 25 }, 5 },
        { "integrated-gradients 50", { .method = ExplainMethod::IntegratedGradients, .steps = 50 }, 5 },
        { "occlusion 4/2", { .method = ExplainMethod::Occlusion, .window = 4, .stride = 2 }, 5 },
        { "lime 1000", { .method = ExplainMethod::Lime, .samples = 1000 }, 2 },
        { "kernel-shap 1000", { .method = ExplainMethod::KernelShap, .samples = 1000 }, 2 },
    };
    std::map<std::string, std::vector<double>> roundMedians;
    explain(model, sample, cases[0].options); // warm-up: buffers sized once
    for (int r = 0; r < rounds; ++r) {
        std::map<std::string, std::vector<double>> times;
        const int most = std::max_element(cases.begin(), cases.end(), [](const Case& a, const Case& b) {
            return a.repetitions < b.repetitions;
        })->repetitions;
        // Interleaved: one of each method per pass, as long as a method still has repetitions.
        for (int rep = 0; rep < most; ++rep)
            for (const Case& c : cases) {
                if (rep >= c.repetitions)
                    continue;
                const auto start = std::chrono::steady_clock::now();
                const Explanation e = explain(model, sample, c.options);
                const auto end = std::chrono::steady_clock::now();
                if (e.map.empty())
                    return 1;
                times[c.name].push_back(std::chrono::duration<double, std::milli>(end - start).count());
            }
        for (const auto& [name, t] : times)
            roundMedians[name].push_back(median(t));
    }
    std::printf("explain_bench: %s, %d thread(s), %d rounds; ms per explanation, median of round medians (min..max of rounds)\n",
        qPrintable(projectPath.section(QLatin1Char('/'), -1)), pool.threadCount(), rounds);
    for (const Case& c : cases) {
        const std::vector<double>& m = roundMedians[c.name];
        std::printf("  %-26s %8.2f ms  (%.2f..%.2f)\n", c.name, median(m), *std::min_element(m.begin(), m.end()),
            *std::max_element(m.begin(), m.end()));
    }
    return 0;
}
