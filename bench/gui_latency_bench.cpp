// gui_latency_bench: does the GUI stay responsive while a model trains at full
// speed, and does training on the session's worker thread cost throughput?
//
// 1. A TrainingSession trains the project (default: the Fashion-MNIST CNN example)
//    for at most --seconds (default 15) and at most --epochs (default 1) while an
//    EventLoopLatencyProbe measures how late a 5 ms timer on the main thread fires,
//    which is what every GUI event would suffer. The main thread also keeps the
//    batch history, as the GUI does. Budget: p99 <= 16 ms (one frame).
// 2. ProjectTraining then trains the same project directly on this thread (the
//    CLI path), same seed and the same batches (it stops where the session stopped).
// Both throughputs are the engine's own count: samples / seconds since fit()
// started, at the last batch. The issue asks for session/CLI >= 90%.
#include "engine/TrainingControl.h"
#include "engine/TrainingEndText.h"
#include "training/EventLoopLatencyProbe.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"
#include "training/TrainingSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace nw;

namespace {

struct SessionRun {
    BatchReport last;
    long long batches = 0;
    int deliveries = 0;
    std::string message;
    double p50 = 0, p99 = 0, max = 0;
    int latencySamples = 0;
};

double samplesPerSecond(const BatchReport& last)
{
    return last.elapsedSeconds > 0 ? static_cast<double>(last.samplesSeen) / last.elapsedSeconds : 0.0;
}

// Trains in a TrainingSession for at most `seconds` while the probe measures this
// thread's event loop. The main thread keeps the batch history, as the GUI does.
bool runSession(const std::shared_ptr<PreparedProject>& project, const TrainingOverrides& overrides, double seconds,
    int intervalMs, SessionRun* out, QString* failure)
{
    TrainingSession session;
    EventLoopLatencyProbe probe;
    QVector<BatchReport> history; // what the GUI keeps for its charts
    QEventLoop loop;
    QObject::connect(&session, &TrainingSession::batchesReady, &loop, [&](const QVector<BatchReport>& batches) {
        history += batches;
        ++out->deliveries;
    });
    QObject::connect(&session, &TrainingSession::finished, &loop, [&](const TrainingResult& r) {
        out->message = describeTrainingEnd(r);
        loop.quit();
    });
    QObject::connect(&session, &TrainingSession::failed, &loop, [&](const QString& message) {
        *failure = message;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &session, &TrainingSession::stop);

    probe.start(intervalMs);
    session.start(project, overrides);
    deadline.start(static_cast<int>(seconds * 1000));
    loop.exec();
    probe.stop();
    if (!failure->isEmpty() || history.isEmpty())
        return false;
    out->last = history.back();
    out->batches = history.size();
    out->p50 = probe.p50Ms();
    out->p99 = probe.p99Ms();
    out->max = probe.maxMs();
    out->latencySamples = probe.sampleCount();
    return true;
}

// The CLI path: ProjectTraining on this thread, stopped after `batches` batches.
BatchReport runDirect(PreparedProject& project, const TrainingOverrides& overrides, long long batches, int* threads)
{
    ProjectTraining direct(project, overrides);
    *threads = direct.threadCount();
    TrainingControl control;
    BatchReport last;
    long long done = 0;
    TrainerCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& r) {
        last = r;
        if (++done == batches)
            control.requestStop();
    };
    direct.run(callbacks, &control);
    return last;
}

int usage()
{
    std::fprintf(stderr,
        "usage: gui_latency_bench [--project FILE.nwproj] [--seconds S] [--epochs N] [--threads N] "
        "[--interval MS] [--rounds N]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString projectPath = QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/fashion-cnn.nwproj");
    double seconds = 15.0;
    TrainingOverrides overrides;
    overrides.epochs = 1;
    int intervalMs = 5;
    int rounds = 2;
    for (int i = 1; i < argc; ++i) {
        const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (!std::strcmp(argv[i], "--project") && (v = value()))
            projectPath = QString::fromLocal8Bit(v);
        else if (!std::strcmp(argv[i], "--seconds") && (v = value()))
            seconds = std::atof(v);
        else if (!std::strcmp(argv[i], "--epochs") && (v = value()))
            overrides.epochs = std::atoi(v);
        else if (!std::strcmp(argv[i], "--threads") && (v = value()))
            overrides.threads = std::atoi(v);
        else if (!std::strcmp(argv[i], "--interval") && (v = value()))
            intervalMs = std::atoi(v);
        else if (!std::strcmp(argv[i], "--rounds") && (v = value()))
            rounds = std::max(1, std::atoi(v));
        else
            return usage();
    }

    QString error;
    std::fprintf(stderr, "loading %s ...\n", qPrintable(projectPath));
    std::shared_ptr<PreparedProject> project = PreparedProject::load(projectPath, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // Rounds alternate the order (session first, then CLI first) so a change in
    // machine load does not always favour the same side. The verdict uses the median
    // of the rounds' ratios: each compares two runs made back to back, which a busy
    // machine disturbs less than a comparison of best-of figures from different times.
    double bestSession = 0, bestDirect = 0, worstP99 = 0;
    std::vector<double> ratios;
    long long batches = 0;
    int threads = 0;
    for (int round = 0; round < rounds; ++round) {
        SessionRun session;
        BatchReport direct;
        const auto sessionPart = [&] {
            std::fprintf(stderr, "round %d: TrainingSession for up to %.0f s ...\n", round + 1, seconds);
            return runSession(project, overrides, seconds, intervalMs, &session, &error);
        };
        const auto directPart = [&] {
            std::fprintf(stderr, "round %d: ProjectTraining directly, %lld batches ...\n", round + 1, batches);
            direct = runDirect(*project, overrides, batches, &threads);
        };
        if (round % 2 == 0) {
            if (!sessionPart())
                break;
            if (batches == 0)
                batches = session.batches; // every later run trains the same batches
            directPart();
        } else {
            directPart();
            if (!sessionPart())
                break;
        }
        const double sessionRate = samplesPerSecond(session.last), directRate = samplesPerSecond(direct);
        bestSession = std::max(bestSession, sessionRate);
        bestDirect = std::max(bestDirect, directRate);
        worstP99 = std::max(worstP99, session.p99);
        ratios.push_back(sessionRate / directRate);
        std::printf("round %d  session %lld batches (%s), %d batchesReady signals; main-thread timer every %d ms, "
                    "%d samples: lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
            round + 1, session.batches, session.message.c_str(), session.deliveries, intervalMs, session.latencySamples,
            session.p50, session.p99, session.max);
        std::printf("round %d  session %.0f samples/s, cli path %.0f samples/s (%lld batches): %.1f%%\n", round + 1,
            sessionRate, directRate, static_cast<long long>(direct.epoch) * direct.batchesPerEpoch + direct.batch + 1,
            100.0 * sessionRate / directRate);
        std::fflush(stdout);
    }
    if (!error.isEmpty() || bestDirect <= 0) {
        std::fprintf(stderr, "the session failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("project %s, %d threads, %lld batches per run, best of %d rounds\n",
        qPrintable(project->project().name), threads, batches, rounds);
    std::printf("latency  worst p99 %.2f ms (budget <= 16 ms: %s)\n", worstP99, worstP99 <= 16.0 ? "ok" : "MISSED");
    std::sort(ratios.begin(), ratios.end());
    const std::size_t n = ratios.size();
    const double median = n % 2 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    std::printf("speed    best session %.0f samples/s, best cli path %.0f samples/s; median ratio of the rounds "
                "%.1f%% (required >= 90%%: %s)\n",
        bestSession, bestDirect, 100.0 * median, median >= 0.9 ? "ok" : "MISSED");
    return 0;
}
